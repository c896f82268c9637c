import { containsPersonalNumber, messageKindOf, type MessageKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { newId } from '../../platform/ids.ts';
import type { GroupMessage, RobotPlatform } from '../../platform/outbound/channel.ts';
import type { MessageTable, OutboundMessageTable } from './messages.table.ts';
import { insertMessages, smsRecipients } from './messages.repo.ts';
import { enabledRobotsOf } from './robots.repo.ts';
import { pendingRow, queue } from './outbox.repo.ts';
import { parseList } from './lists.ts';

/**
 * One reminder or notice, as a module hands it to `notify`. The text is final (both languages) and holds nothing a
 * recipient could not already see; `group` (Chinese) holds counts, titles and a link only — it is posted to a whole
 * group — and `sms` names an approved template with its parameters (no number: that is looked up when sending).
 */
export interface Notice {
  kind: MessageKind;
  /** Names the event (e.g. `<case id>:red`, `<grid id>:2026-12-07`): the same kind and key never makes a second message. */
  dedupeKey: string;
  /** Who receives it in the app (and by SMS, if they chose it for this kind). */
  users?: readonly string[];
  /** The unit whose group robots receive it (robots of exactly this unit that chose the kind). */
  unitId?: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  /** A console path ('/grid/cases/…'), or null. */
  link: string | null;
  /** What a group robot posts; no robot message without it. The link defaults to `link`. */
  group?: { title: string; lines: readonly string[]; link?: string | null };
  /** What an SMS says (an approved template); no SMS without it. */
  sms?: { templateCode: string; params: Record<string, string> };
}

export interface NotifyResult {
  /** Rows offered to each table (a duplicate event adds none, silently). */
  messages: number;
  sms: number;
  robots: number;
}

const absolute = (base: string, link: string | null): string | null =>
  link === null ? null : link.startsWith('/') ? `${base}${link}` : link;

/**
 * The one entry point reminders call, inside the caller's transaction (the message commits with the work that
 * caused it, or not at all): in-app messages for `users`; SMS outbox rows for those of them who chose SMS for this
 * kind and gave a number; robot outbox rows for the enabled robots of `unitId` that chose this kind. Delivery is
 * the `messages.deliver` job's. A second notice of the same kind and key adds nothing (ON CONFLICT DO NOTHING).
 */
export function notify(trx: Conn, deps: Pick<Deps, 'config'>, notice: Notice, now: string): Promise<NotifyResult> {
  return notifyMany(trx, deps, [notice], now);
}

/**
 * `notify` for many notices at once (a reminder job's whole round, e.g. the cut-off reminder of every grid): the same
 * rows, written with a handful of statements whatever the number of notices.
 */
export async function notifyMany(
  trx: Conn,
  deps: Pick<Deps, 'config'>,
  notices: readonly Notice[],
  now: string,
): Promise<NotifyResult> {
  const kinds = notices.map((n) => {
    const kind = messageKindOf(n.kind);
    if (!kind) throw new Error(`unknown message kind ${n.kind}: add it to MESSAGE_KINDS`);
    if (n.group && [n.group.title, ...n.group.lines].some(containsPersonalNumber))
      throw new Error(`a group message of ${n.kind} carries a personal number: groups get counts and titles only`);
    return kind;
  });
  const usersOf = notices.map((n) => [...new Set(n.users ?? [])]);
  const messages: MessageTable[] = notices.flatMap((n, i) =>
    usersOf[i].map((userId) => ({
      id: newId(),
      user_id: userId,
      kind: n.kind,
      dedupe_key: n.dedupeKey,
      title_zh: n.title.zh,
      title_en: n.title.en,
      body_zh: n.body.zh,
      body_en: n.body.en,
      link: n.link,
      created_at: now,
      read_at: null,
    })),
  );
  await insertMessages(trx, messages);

  const outbox: OutboundMessageTable[] = [];
  const row = (n: Notice, channel: OutboundMessageTable['channel'], targetId: string, payload: unknown) =>
    outbox.push(
      pendingRow(
        {
          id: newId(),
          kind: n.kind,
          dedupe_key: n.dedupeKey,
          channel,
          target_id: targetId,
          payload: JSON.stringify(payload),
        },
        now,
      ),
    );

  const smsWanted = notices.map((n, i) => Boolean(n.sms && kinds[i].sms && usersOf[i].length > 0));
  const smsUsers = [...new Set(usersOf.filter((_, i) => smsWanted[i]).flat())];
  const chosen = new Map((await smsRecipients(trx, smsUsers)).map((p) => [p.user_id, parseList(p.sms_kinds)]));
  notices.forEach((n, i) => {
    if (smsWanted[i])
      for (const userId of usersOf[i]) if (chosen.get(userId)?.includes(n.kind)) row(n, 'sms', userId, n.sms);
  });
  const smsCount = outbox.length;

  const groupWanted = notices.map((n, i) => Boolean(n.group && kinds[i].group && n.unitId));
  const units = [...new Set(notices.filter((_, i) => groupWanted[i]).map((n) => n.unitId as string))];
  const robotsByUnit = new Map<string, { id: string; platform: RobotPlatform; kinds: string[] }[]>();
  for (const r of await enabledRobotsOf(trx, units)) {
    const list = robotsByUnit.get(r.unit_id) ?? [];
    list.push({ id: r.id, platform: r.platform, kinds: parseList(r.kinds) });
    robotsByUnit.set(r.unit_id, list);
  }
  notices.forEach((n, i) => {
    if (!groupWanted[i] || !n.group) return;
    const message: GroupMessage = {
      title: n.group.title,
      lines: [...n.group.lines],
      link: absolute(deps.config.publicBaseUrl, n.group.link ?? n.link),
    };
    for (const robot of robotsByUnit.get(n.unitId as string) ?? [])
      if (robot.kinds.includes(n.kind)) row(n, robot.platform, robot.id, message);
  });
  await queue(trx, outbox);
  return { messages: messages.length, sms: smsCount, robots: outbox.length - smsCount };
}
