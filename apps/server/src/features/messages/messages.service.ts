import {
  DEFAULT_QUIET_HOURS,
  MESSAGE_KINDS,
  maskMobile,
  type MessageListQuery,
  type MessageListView,
  type MessagePreferencesBody,
  type MessagePreferencesView,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Config } from '../../config.ts';
import type { Notice } from './notify.ts';
import type { Actor } from '../../platform/actor.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { audited } from '../audit/audit.service.ts';
import type { MessageTable } from './messages.table.ts';
import * as repo from './messages.repo.ts';
import { parseList } from './lists.ts';
import { PHONE_FIELD } from './sealed-fields.ts';

/**
 * In-app messages (站内消息) and the choice of channels: every signed-in user, each only their own. Other modules
 * send through `notify` (re-exported here: modules use each other through services).
 */
export { notify, notifyMany, type Notice, type NotifyResult } from './notify.ts';

function toView(actor: Actor, m: MessageTable) {
  const en = actor.lang === 'en';
  return {
    id: m.id,
    kind: m.kind,
    title: en ? m.title_en : m.title_zh,
    body: en ? m.body_en : m.body_zh,
    link: m.link,
    createdAt: m.created_at,
    readAt: m.read_at,
  };
}

export async function listMessages(deps: Deps, actor: Actor, q: MessageListQuery): Promise<MessageListView> {
  const unreadOnly = q.unread === '1';
  const rows = await repo.listOwn(deps.db, actor.userId, unreadOnly, q.pageSize, (q.page - 1) * q.pageSize);
  return {
    items: rows.map((m) => toView(actor, m)),
    total: await repo.countOwn(deps.db, actor.userId, unreadOnly),
    page: q.page,
    pageSize: q.pageSize,
    unread: await repo.countOwn(deps.db, actor.userId, true),
  };
}

export async function unreadCount(deps: Deps, actor: Actor) {
  return { unread: await repo.countOwn(deps.db, actor.userId, true) };
}

/** Marks one of the caller's messages read; another user's message does not exist for them (404). */
export async function readMessage(deps: Deps, actor: Actor, id: string) {
  const now = nowIsoOf(deps.clock);
  await audited(deps, actor, { action: 'message.read', subjectType: 'message', subjectId: id }, async (trx) => {
    if (!(await repo.markRead(trx, actor.userId, id, now))) throw new AppError('NOT_FOUND');
  });
  return unreadCount(deps, actor);
}

export async function readAllMessages(deps: Deps, actor: Actor) {
  const now = nowIsoOf(deps.clock);
  await audited(deps, actor, { action: 'message.read-all', subjectType: 'message' }, async (trx) => {
    await repo.markAllRead(trx, actor.userId, now);
  });
  return unreadCount(deps, actor);
}

const SMS_KINDS = MESSAGE_KINDS.map((k) => ({ kind: k.kind, sms: k.sms }));

export async function getPreferences(deps: Deps, actor: Actor): Promise<MessagePreferencesView> {
  const p = await repo.preferencesOf(deps.db, actor.userId);
  return {
    smsKinds: p ? parseList(p.sms_kinds) : [],
    quietHours: p ? { start: p.quiet_start, end: p.quiet_end } : { ...DEFAULT_QUIET_HOURS },
    phone: p?.phone_mask ?? null,
    kinds: SMS_KINDS,
  };
}

/** Replaces the caller's choice; the number is sealed, and the audit record says only whether it changed. */
export async function setPreferences(deps: Deps, actor: Actor, input: MessagePreferencesBody) {
  const now = nowIsoOf(deps.clock);
  const smsKinds = [...new Set(input.smsKinds)].sort();
  await audited(
    deps,
    actor,
    {
      action: 'message.preferences',
      subjectType: 'user',
      subjectId: actor.userId,
      changes: {
        smsKinds,
        quietHours: input.quietHours,
        phone: input.phone === undefined ? 'kept' : input.phone === null ? 'removed' : 'set',
      },
    },
    async (trx) => {
      const before = await repo.preferencesOf(trx, actor.userId);
      const phone =
        input.phone === undefined
          ? { phone_enc: before?.phone_enc ?? null, phone_mask: before?.phone_mask ?? null }
          : input.phone === null
            ? { phone_enc: null, phone_mask: null }
            : { phone_enc: deps.cipher.encrypt(PHONE_FIELD, input.phone), phone_mask: maskMobile(input.phone) };
      await repo.savePreferences(trx, {
        user_id: actor.userId,
        sms_kinds: JSON.stringify(smsKinds),
        quiet_start: input.quietHours.start,
        quiet_end: input.quietHours.end,
        ...phone,
        updated_at: now,
      });
    },
  );
  return getPreferences(deps, actor);
}

/** A notice's SMS part: the kind's approved template (JISHI_SMS_TEMPLATES) with its parameters, or none. */
export const smsOf = (
  config: Pick<Config, 'smsTemplates'>,
  kind: string,
  params: Record<string, string>,
): Notice['sms'] => {
  const templateCode = config.smsTemplates[kind];
  return templateCode ? { templateCode, params } : undefined;
};
