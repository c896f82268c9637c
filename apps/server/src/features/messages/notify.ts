import { containsPersonalNumber, messageKindOf, type MessageKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { newId } from '../../platform/ids.ts';
import type { GroupMessage } from '../../platform/outbound/channel.ts';
import type { MessageTable, OutboundMessageTable } from './messages.table.ts';
import { insertMessages, smsRecipients } from './messages.repo.ts';
import { enabledRobotsOf } from './robots.repo.ts';
import { queue } from './outbox.repo.ts';
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
export async function notify(
  trx: Conn,
  deps: Pick<Deps, 'config'>,
  notice: Notice,
  now: string,
): Promise<NotifyResult> {
  const kind = messageKindOf(notice.kind);
  if (!kind) throw new Error(`unknown message kind ${notice.kind}: add it to MESSAGE_KINDS`);
  const users = [...new Set(notice.users ?? [])];
  const messages: MessageTable[] = users.map((userId) => ({
    id: newId(),
    user_id: userId,
    kind: notice.kind,
    dedupe_key: notice.dedupeKey,
    title_zh: notice.title.zh,
    title_en: notice.title.en,
    body_zh: notice.body.zh,
    body_en: notice.body.en,
    link: notice.link,
    created_at: now,
    read_at: null,
  }));
  await insertMessages(trx, messages);

  const outbox: OutboundMessageTable[] = [];
  const row = (channel: OutboundMessageTable['channel'], targetId: string, payload: unknown) =>
    outbox.push({
      id: newId(),
      kind: notice.kind,
      dedupe_key: notice.dedupeKey,
      channel,
      target_id: targetId,
      payload: JSON.stringify(payload),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      provider_id: null,
      delivery_id: null,
      created_at: now,
      sent_at: null,
    });

  if (notice.sms && kind.sms && users.length > 0) {
    for (const p of await smsRecipients(trx, users))
      if (parseList(p.sms_kinds).includes(notice.kind)) row('sms', p.user_id, notice.sms);
  }
  const smsCount = outbox.length;

  if (notice.group && kind.group && notice.unitId) {
    const message: GroupMessage = {
      title: notice.group.title,
      lines: [...notice.group.lines],
      link: absolute(deps.config.publicBaseUrl, notice.group.link ?? notice.link),
    };
    if ([message.title, ...message.lines].some(containsPersonalNumber))
      throw new Error(`a group message of ${notice.kind} carries a personal number: groups get counts and titles only`);
    for (const robot of await enabledRobotsOf(trx, notice.unitId))
      if (parseList(robot.kinds).includes(notice.kind)) row(robot.platform, robot.id, message);
  }
  await queue(trx, outbox);
  return { messages: messages.length, sms: smsCount, robots: outbox.length - smsCount };
}
