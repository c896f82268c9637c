import type { ExpressionBuilder } from 'kysely';
import type { Conn, DB, Db } from '../../db/schema.ts';
import type { Engine } from '../../db/dialect.ts';
import type { OutboundChannel, OutboundStatus } from '@jishi/shared';
import type { OutboundMessageTable } from './messages.table.ts';

/** SQL over `outbound_messages` (the outbox): queuing, claiming under a lease, recording outcomes, the admin list. */

/** Queues rows; a row for the same channel, target, kind and event (by any writer) is left as it is. */
/** A new outbox row waiting for its first attempt. */
export function pendingRow(
  r: Pick<OutboundMessageTable, 'id' | 'kind' | 'dedupe_key' | 'channel' | 'target_id' | 'payload'>,
  now: string,
): OutboundMessageTable {
  return {
    ...r,
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
  };
}

export async function queue(db: Conn, rows: OutboundMessageTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('outbound_messages')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['channel', 'target_id', 'kind', 'dedupe_key']).doNothing())
      .execute();
  }
}

/** Due and pending, or held by a pass whose lease ran out (its node stopped mid-send). */
const claimable = (eb: ExpressionBuilder<DB, 'outbound_messages'>, now: string) =>
  eb.or([
    eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
    eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
  ]);

/**
 * Takes up to `limit` claimable rows for the pass `owner` until `leaseUntil`. The candidates are read with a row lock
 * that skips rows other passes hold (server database); the update re-checks each is still claimable, so two passes
 * never both take a row (on the embedded database writers are serialized). Returns the rows taken.
 */
export async function claimDue(
  db: Db,
  engine: Engine,
  p: { now: string; owner: string; leaseUntil: string; limit: number },
): Promise<OutboundMessageTable[]> {
  return db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('outbound_messages')
      .select('id')
      .where((eb) => claimable(eb, p.now))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(p.limit);
    if (engine.skipLocked) q = q.forUpdate().skipLocked();
    const ids = (await q.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    await trx
      .updateTable('outbound_messages')
      .set({ status: 'sending', lease_owner: p.owner, lease_until: p.leaseUntil })
      .where('id', 'in', ids)
      .where((eb) => claimable(eb, p.now))
      .execute();
    return trx
      .selectFrom('outbound_messages')
      .selectAll()
      .where('id', 'in', ids)
      .where('lease_owner', '=', p.owner)
      .where('status', '=', 'sending')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  });
}

/** The rows as this pass holds them (fencing: a pass whose lease was taken over changes nothing). */
const held = (db: Conn, ids: readonly string[], owner: string) =>
  db
    .updateTable('outbound_messages')
    .where('id', 'in', ids)
    .where('status', '=', 'sending')
    .where('lease_owner', '=', owner);

export async function markSent(
  db: Conn,
  ids: readonly string[],
  owner: string,
  r: { at: string; providerId: string | null; deliveryId: string },
): Promise<void> {
  if (ids.length === 0) return;
  await held(db, ids, owner)
    .set((eb) => ({
      status: 'sent',
      attempts: eb('attempts', '+', 1),
      sent_at: r.at,
      provider_id: r.providerId,
      delivery_id: r.deliveryId,
      last_error: null,
      lease_owner: null,
      lease_until: null,
    }))
    .execute();
}

/** A refused attempt: pending again from `retryAt`, or failed for good when it is null. */
export async function markAttemptFailed(
  db: Conn,
  ids: readonly string[],
  owner: string,
  r: { error: string; retryAt: string | null; deliveryId: string },
): Promise<void> {
  if (ids.length === 0) return;
  await held(db, ids, owner)
    .set((eb) => ({
      status: r.retryAt === null ? 'failed' : 'pending',
      attempts: eb('attempts', '+', 1),
      ...(r.retryAt === null ? {} : { next_attempt_at: r.retryAt }),
      last_error: r.error.slice(0, 500),
      delivery_id: r.deliveryId,
      lease_owner: null,
      lease_until: null,
    }))
    .execute();
}

/** Failed without an attempt (the robot was removed or disabled, the recipient has no number any more). */
export async function markDropped(db: Conn, ids: readonly string[], owner: string, reason: string): Promise<void> {
  if (ids.length === 0) return;
  await held(db, ids, owner)
    .set({ status: 'failed', last_error: reason, lease_owner: null, lease_until: null })
    .execute();
}

/** Back to pending until `at`, no attempt counted (quiet hours, the robot's rate limit, the lease running short). */
export async function release(db: Conn, ids: readonly string[], owner: string, at: string): Promise<void> {
  if (ids.length === 0) return;
  await held(db, ids, owner)
    .set({ status: 'pending', next_attempt_at: at, lease_owner: null, lease_until: null })
    .execute();
}

/** Requests made to each robot since `since` (a digest is one request), and when the earliest of them was made. */
export async function robotSendsSince(db: Conn, robotIds: readonly string[], since: string) {
  const out = new Map<string, { n: number; first: string }>();
  if (robotIds.length === 0) return out;
  const rows = await db
    .selectFrom('outbound_messages')
    .select((eb) => [
      'target_id',
      eb.fn.count<number>('delivery_id').distinct().as('n'),
      eb.fn.min<string>('sent_at').as('first'),
    ])
    .where('target_id', 'in', robotIds)
    .where('channel', 'in', ['wecom', 'dingtalk'])
    .where('sent_at', '>', since)
    .groupBy('target_id')
    .execute();
  for (const r of rows) out.set(r.target_id, { n: Number(r.n), first: r.first });
  return out;
}

/** Fails the rows still waiting for a robot that is being removed (kept as the record of what was not sent). */
export async function dropPendingOf(db: Conn, robotId: string, reason: string): Promise<void> {
  await db
    .updateTable('outbound_messages')
    .set({ status: 'failed', last_error: reason, lease_owner: null, lease_until: null })
    .where('target_id', '=', robotId)
    .where('status', 'in', ['pending', 'sending'])
    .execute();
}

const listed = (db: Conn, f: { status?: OutboundStatus; channel?: OutboundChannel }) => {
  let q = db.selectFrom('outbound_messages as o');
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.channel) q = q.where('o.channel', '=', f.channel);
  return q;
};

export async function listOutbox(
  db: Conn,
  f: { status?: OutboundStatus; channel?: OutboundChannel },
  limit: number,
  offset: number,
) {
  const items = await listed(db, f)
    .leftJoin('robots as r', 'r.id', 'o.target_id')
    .leftJoin('message_preferences as p', 'p.user_id', 'o.target_id')
    .select([
      'o.id',
      'o.kind',
      'o.channel',
      'o.status',
      'o.attempts',
      'o.last_error',
      'o.created_at',
      'o.next_attempt_at',
      'o.sent_at',
      'r.name as robot_name',
      'p.phone_mask',
    ])
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await listed(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { items, total: Number(total.n) };
}

/** Ids of outbox rows finished (sent or failed) and made before `before` (the daily clean-up), at most `limit`. */
export async function oldFinishedIds(db: Conn, before: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbound_messages')
    .select('id')
    .where('status', 'in', ['sent', 'failed'])
    .where('created_at', '<', before)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteOutboxRows(db: Conn, ids: readonly string[]): Promise<number> {
  const r = await db
    .deleteFrom('outbound_messages')
    .where('id', 'in', ids as string[])
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
