import type { Conn, Db } from '../../db/schema.ts';
import type { Engine } from '../../db/dialect.ts';
import type { JobRunTable } from './jobs.table.ts';
import { deleteInBatches } from '../batches.ts';

/** The runner's SQL over `job_runs` and `job_schedules` (portable; the lock clause is the engine's capability). */

/** Plans runs: a run already planned (same kind, key and instant, by any node) is left as it is. */
export async function planRuns(db: Conn, rows: JobRunTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('job_runs')
    .values(rows)
    .onConflict((oc) => oc.columns(['kind', 'key', 'scheduled_for']).doNothing())
    .execute();
}

export async function saveSchedule(
  db: Conn,
  s: { kind: string; cron: string; time_zone: string; last_planned_for: string | null; next_run_at: string | null },
  at: string,
): Promise<void> {
  await db
    .insertInto('job_schedules')
    .values({ ...s, updated_at: at })
    .onConflict((oc) =>
      oc.column('kind').doUpdateSet({
        cron: s.cron,
        time_zone: s.time_zone,
        last_planned_for: s.last_planned_for,
        next_run_at: s.next_run_at,
        updated_at: at,
      }),
    )
    .execute();
}

export interface Claimed {
  id: string;
  kind: string;
  key: string;
  scheduled_for: string;
  /** Attempts before this claim. */
  attempts: number;
}

/** A run that may be claimed now: pending and due, or running under a lease that has run out (its node died). */
const claimable = (db: Conn, kinds: string[], now: string) =>
  db
    .selectFrom('job_runs')
    .select(['id', 'kind', 'key', 'scheduled_for', 'attempts'])
    .where('kind', 'in', kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now)]),
      ]),
    );

/**
 * Takes one claimable run for `owner` until `leaseUntil`, counting the attempt, or returns null. The candidate is
 * read with a row lock that skips rows other claimers hold (the server database), and taken by a conditional
 * update that re-checks it is still claimable with the attempts read (compare-and-set: on the embedded database
 * writers are serialized, and two claimers that read the same row cannot both take it).
 * `exhausted(kind, attempts)` says a run taken over from a dead node has no attempt left: it is marked failed instead.
 */
export async function claimOne(
  db: Db,
  engine: Engine,
  p: { kinds: string[]; now: string; owner: string; leaseUntil: (kind: string) => string },
  exhausted: (kind: string, attempts: number) => boolean,
): Promise<Claimed | null> {
  if (p.kinds.length === 0) return null;
  return db.transaction().execute(async (trx) => {
    for (;;) {
      let q = claimable(trx, p.kinds, p.now).orderBy('next_attempt_at').orderBy('id').limit(1);
      if (engine.skipLocked) q = q.forUpdate().skipLocked();
      const row = await q.executeTakeFirst();
      if (!row) return null;
      const guard = claimable(trx, p.kinds, p.now)
        .clearSelect()
        .select('id')
        .where('id', '=', row.id)
        .where('attempts', '=', row.attempts);
      if (exhausted(row.kind, row.attempts)) {
        await trx
          .updateTable('job_runs')
          .set({
            status: 'failed',
            finished_at: p.now,
            lease_owner: null,
            lease_until: null,
            last_error: 'lease expired during the last attempt (the node running it stopped)',
          })
          .where('id', 'in', guard)
          .execute();
        continue;
      }
      const taken = await trx
        .updateTable('job_runs')
        .set({
          status: 'running',
          attempts: row.attempts + 1,
          lease_owner: p.owner,
          lease_until: p.leaseUntil(row.kind),
          started_at: p.now,
        })
        .where('id', 'in', guard)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) === 1 ? row : null;
    }
  });
}

/** The claim as this owner holds it (fencing: a node whose lease was taken over changes nothing). */
const held = (db: Conn, c: { id: string; attempt: number; owner: string }) =>
  db
    .updateTable('job_runs')
    .where('id', '=', c.id)
    .where('status', '=', 'running')
    .where('lease_owner', '=', c.owner)
    .where('attempts', '=', c.attempt);

/** Extends the lease of a run still held; false when it is no longer ours. */
export async function renewLease(
  db: Conn,
  c: { id: string; attempt: number; owner: string },
  until: string,
): Promise<boolean> {
  const r = await held(db, c).set({ lease_until: until }).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markSucceeded(
  db: Conn,
  c: { id: string; attempt: number; owner: string },
  at: string,
  result: string | null,
): Promise<boolean> {
  const r = await held(db, c)
    .set({ status: 'succeeded', finished_at: at, lease_owner: null, lease_until: null, result, last_error: null })
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A failed attempt: back to pending until `retryAt`, or failed for good when `retryAt` is null. */
export async function markAttemptFailed(
  db: Conn,
  c: { id: string; attempt: number; owner: string },
  at: string,
  error: string,
  retryAt: string | null,
): Promise<boolean> {
  const r = await held(db, c)
    .set(
      retryAt === null
        ? { status: 'failed', finished_at: at, lease_owner: null, lease_until: null, last_error: error }
        : { status: 'pending', next_attempt_at: retryAt, lease_owner: null, lease_until: null, last_error: error },
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** What the status page shows: the planned kinds, run counts per kind, the latest finished and failed runs. */
export async function jobsOverview(db: Conn, failedSince: string, recent: number) {
  const schedules = await db.selectFrom('job_schedules').selectAll().orderBy('kind').execute();
  const counts = await db
    .selectFrom('job_runs')
    .select((eb) => [
      'kind',
      eb.fn.sum<number>(eb.case().when('status', '=', 'pending').then(1).else(0).end()).as('pending'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'running').then(1).else(0).end()).as('running'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('status', '=', 'pending'), eb('attempts', '>', 0)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('retrying'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'failed').then(1).else(0).end()).as('failed'),
    ])
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['pending', 'running']),
        eb.and([eb('status', '=', 'failed'), eb('finished_at', '>=', failedSince)]),
      ]),
    )
    .groupBy('kind')
    .execute();
  const summary = ['key', 'scheduled_for', 'status', 'attempts', 'finished_at', 'last_error'] as const;
  const perKind = await Promise.all(
    schedules.map(async (s) => ({
      kind: s.kind,
      last: await db
        .selectFrom('job_runs')
        .select(summary)
        .where('kind', '=', s.kind)
        .where('status', 'in', ['succeeded', 'failed'])
        .orderBy('scheduled_for', 'desc')
        .orderBy('finished_at', 'desc')
        .limit(1)
        .executeTakeFirst(),
      failures: await db
        .selectFrom('job_runs')
        .select(summary)
        .where('kind', '=', s.kind)
        .where('status', '=', 'failed')
        .orderBy('scheduled_for', 'desc')
        .limit(recent)
        .execute(),
    })),
  );
  return { schedules, counts, perKind };
}

/**
 * Finished runs of the past, in batches: succeeded ones finished before `succeededBefore`, failed ones before
 * `failedBefore`. The latest run of a kind and key is always kept, so the planner never takes a pruned occurrence
 * for one not yet planned.
 */
export async function pruneFinishedRuns(db: Db, succeededBefore: string, failedBefore: string): Promise<number> {
  const pick = async (limit: number) =>
    (
      await db
        .selectFrom('job_runs as r')
        .select('r.id')
        .where((eb) =>
          eb.or([
            eb.and([eb('r.status', '=', 'succeeded'), eb('r.finished_at', '<', succeededBefore)]),
            eb.and([eb('r.status', '=', 'failed'), eb('r.finished_at', '<', failedBefore)]),
          ]),
        )
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('job_runs as n')
              .select('n.id')
              .whereRef('n.kind', '=', 'r.kind')
              .whereRef('n.key', '=', 'r.key')
              .whereRef('n.scheduled_for', '>', 'r.scheduled_for'),
          ),
        )
        .limit(limit)
        .execute()
    ).map((r) => r.id);
  return deleteInBatches(pick, async (ids) =>
    Number((await db.deleteFrom('job_runs').where('id', 'in', ids).executeTakeFirst()).numDeletedRows),
  );
}
