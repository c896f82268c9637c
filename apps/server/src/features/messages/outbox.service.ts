import type { OutboxListView, OutboxQuery } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { listOutbox } from './outbox.repo.ts';

/**
 * The outbox as the security administrator follows it (`outbox:read`): what went out, by which channel, to whom
 * (a robot's name or a masked number), how it went. No payload, webhook or full number is shown.
 */
export async function outboxList(deps: Deps, actor: Actor, q: OutboxQuery): Promise<OutboxListView> {
  authorize(actor, 'outbox:read');
  const { items, total } = await listOutbox(deps.db, q, q.pageSize, (q.page - 1) * q.pageSize);
  return {
    items: items.map((o) => ({
      id: o.id,
      kind: o.kind,
      channel: o.channel,
      target: o.channel === 'sms' ? (o.phone_mask ?? '—') : (o.robot_name ?? '—'),
      status: o.status,
      attempts: o.attempts,
      lastError: o.last_error,
      createdAt: o.created_at,
      nextAttemptAt: o.status === 'pending' ? o.next_attempt_at : null,
      sentAt: o.sent_at,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
