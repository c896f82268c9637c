import { beforeAll, describe, expect, it } from 'vitest';
import type { JobsStatusView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser } from '../sessions.ts';
import { freshCase } from '../grid-support.ts';
import { testClock } from '../jobs-support.ts';
import { ALL_JOBS } from '../../src/modules.ts';
import { createJobRunner } from '../../src/platform/jobs/job-runner.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { newId } from '../../src/platform/ids.ts';

/**
 * The jobs the modules declare, on the runner: the overdue escalation sweep (one run per subdistrict, reading only
 * its candidates), the clean-ups of expired sessions, throttle counters and portal codes, the pruning of the runner's
 * own history, and the state of it all for the security administrator.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
const HOUR = 3_600_000;

describe('module jobs on the runner', () => {
  let ctx: Ctx;
  let fx: Fixture;
  const jobs = ALL_JOBS;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  it('the modules declare the sweep and the clean-ups', () => {
    expect(jobs.map((j) => j.kind).sort()).toEqual([
      'auth.expired-portal-codes',
      'auth.expired-sessions',
      'auth.expired-throttle-counters',
      'decisions.close-ended-notices',
      'grid.cutoff-reminders',
      'grid.escalate-overdue',
      'grid.open-report-todos',
      'jobs.prune-runs',
      'messages.deliver',
      'messages.prune',
      'party-life.open-meeting-todos',
      'service-requests.open-overdue-todos',
      'todos.remind',
    ]);
  });

  it('escalates overdue cases once per subdistrict and occurrence, leaving cases in time alone', async () => {
    const [s0, s1] = fx.subdistricts;
    const t0 = new Date(Date.now() + HOUR);
    const at = (h: number) => new Date(t0.getTime() - h * HOUR).toISOString();
    const overdue = await freshCase(ctx.deps, s0.communities[0].grids[0].id, systemActor(), { category: 'family' });
    const inTime = await freshCase(ctx.deps, s0.communities[0].grids[1].id, systemActor(), { category: 'family' });
    const other = await freshCase(ctx.deps, s1.communities[0].grids[0].id, systemActor(), { category: 'family' });
    for (const [id, h] of [
      [overdue.id, 30],
      [inTime.id, 2],
      [other.id, 30],
    ] as const)
      await ctx.deps.db
        .updateTable('dispute_cases')
        .set({ stage_started_at: at(h) })
        .where('id', '=', id)
        .execute();
    const clock = testClock(t0.toISOString());
    const sweep = jobs.filter((j) => j.kind === 'grid.escalate-overdue');
    await Promise.all([
      createJobRunner(ctx.deps, sweep, { now: clock.now }).tick(),
      createJobRunner(ctx.deps, sweep, { now: clock.now }).tick(),
    ]);
    const runs = await ctx.deps.db
      .selectFrom('job_runs')
      .selectAll()
      .where('kind', '=', 'grid.escalate-overdue')
      .execute();
    expect(runs.map((r) => r.key).sort()).toEqual([s0.id, s1.id].sort());
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    const bySubdistrict = Object.fromEntries(runs.map((r) => [r.key, JSON.parse(r.result ?? '{}')]));
    expect(bySubdistrict[s0.id]).toEqual({ checked: 1, escalated: 1 });
    expect(bySubdistrict[s1.id]).toEqual({ checked: 1, escalated: 1 });
    const levels = await ctx.deps.db
      .selectFrom('dispute_cases')
      .select(['id', 'level', 'status'])
      .where('id', 'in', [overdue.id, inTime.id, other.id])
      .execute();
    expect(Object.fromEntries(levels.map((c) => [c.id, `${c.level}/${c.status}`]))).toEqual({
      [overdue.id]: 'community/escalated',
      [inTime.id]: 'grid/registered',
      [other.id]: 'community/escalated',
    });
    const events = await ctx.deps.db
      .selectFrom('dispute_events')
      .select('case_id')
      .where('action', '=', 'escalate')
      .where('case_id', 'in', [overdue.id, other.id])
      .execute();
    expect(events).toHaveLength(2);
  });

  it('clean-ups delete expired sessions, counters and expired portal codes, and keep live ones', async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
    const later = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const user = (await makeUser(ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id)).id;
    const session = (id: string, created: string, seen: string) => ({
      id,
      user_id: user,
      csrf_token: 'x',
      created_at: created,
      last_seen_at: seen,
      ip: null,
    });
    await ctx.deps.db
      .insertInto('sessions')
      .values([
        session('s-idle', ago(2 * HOUR), ago(HOUR)),
        session('s-old', ago(13 * HOUR), ago(60_000)),
        session('s-live', ago(HOUR), ago(60_000)),
      ])
      .execute();
    await ctx.deps.db
      .insertInto('throttle_counters')
      .values([
        { key: 'c-expired', instants: '[]', expires_at: ago(60_000) },
        { key: 'c-live', instants: '[]', expires_at: later(HOUR) },
      ])
      .execute();
    const code = (id: string, expires: string) => ({
      id,
      phone_bidx: 'b',
      code_hash: 'h',
      expires_at: expires,
      used_at: null,
      failures: 0,
      created_at: ago(2 * 24 * HOUR),
    });
    await ctx.deps.db
      .insertInto('portal_codes')
      .values([code('p-expired', ago(25 * HOUR)), code('p-recent', ago(HOUR))])
      .execute();
    const cleanUps = jobs.filter((j) => j.kind.startsWith('auth.'));
    // A day later than the latest daily occurrence would do; catch-up runs the latest occurrence of each at once.
    await createJobRunner(ctx.deps, cleanUps, { now: () => now }).tick();
    const ids = async (table: 'sessions' | 'portal_codes', prefix: string) =>
      (await ctx.deps.db.selectFrom(table).select('id').where('id', 'like', `${prefix}%`).orderBy('id').execute()).map(
        (r) => r.id,
      );
    expect(await ids('sessions', 's-')).toEqual(['s-live']);
    expect(await ids('portal_codes', 'p-')).toEqual(['p-recent']);
    const counters = await ctx.deps.db
      .selectFrom('throttle_counters')
      .select('key')
      .where('key', 'like', 'c-%')
      .execute();
    expect(counters.map((c) => c.key)).toEqual(['c-live']);
  });

  it("prunes finished runs past their keeping time, but never a kind and key's latest run", async () => {
    const now = new Date();
    const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * HOUR).toISOString();
    const run = (key: string, scheduledDaysAgo: number, status: 'succeeded' | 'failed', finishedDaysAgo: number) => ({
      id: `pr-${key}-${scheduledDaysAgo}`,
      kind: 'test.prune',
      key,
      scheduled_for: daysAgo(scheduledDaysAgo),
      status,
      attempts: 1,
      next_attempt_at: daysAgo(scheduledDaysAgo),
      lease_owner: null,
      lease_until: null,
      last_error: status === 'failed' ? 'gave up' : null,
      result: null,
      created_at: daysAgo(scheduledDaysAgo),
      started_at: daysAgo(finishedDaysAgo),
      finished_at: daysAgo(finishedDaysAgo),
    });
    await ctx.deps.db
      .insertInto('job_runs')
      .values([
        run('a', 40, 'succeeded', 40), // old, a newer run of a exists: pruned
        run('a', 20, 'failed', 20), // failed, kept 90 days
        run('a', 10, 'succeeded', 10), // recent
        run('b', 100, 'failed', 100), // old failure with a newer run: pruned
        run('b', 60, 'succeeded', 60), // b's latest: kept however old
      ])
      .execute();
    const prune = jobs.filter((j) => j.kind === 'jobs.prune-runs');
    expect(prune).toHaveLength(1);
    await createJobRunner(ctx.deps, prune, { now: () => now }).tick();
    const left = await ctx.deps.db
      .selectFrom('job_runs')
      .select('id')
      .where('kind', '=', 'test.prune')
      .orderBy('id')
      .execute();
    expect(left.map((r) => r.id)).toEqual(['pr-a-10', 'pr-a-20', 'pr-b-60']);
  });

  it('delivers the outbox every minute (nothing queued: an empty pass)', async () => {
    const deliver = jobs.filter((j) => j.kind === 'messages.deliver');
    const now = new Date();
    await createJobRunner(ctx.deps, deliver, { now: () => now }).tick();
    const runs = await ctx.deps.db.selectFrom('job_runs').selectAll().where('kind', '=', 'messages.deliver').execute();
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('succeeded');
    expect(JSON.parse(runs[0].result ?? '{}')).toMatchObject({ claimed: 0, requests: 0 });
  });

  it('shows the security administrator each kind with its next and last run and its failures', async () => {
    await ctx.deps.db
      .insertInto('job_runs')
      .values({
        id: newId(),
        kind: 'auth.expired-portal-codes',
        key: 'all',
        scheduled_for: '2020-01-01T00:00:00.000Z',
        status: 'failed',
        attempts: 5,
        next_attempt_at: '2020-01-01T00:00:00.000Z',
        lease_owner: null,
        lease_until: null,
        last_error: 'disk full',
        result: null,
        created_at: '2020-01-01T00:00:00.000Z',
        started_at: null,
        finished_at: new Date().toISOString(),
      })
      .execute();
    // the to-do openers (grid.open-report-todos, party-life.open-meeting-todos) planned too: every kind is listed
    const openers = jobs.filter((j) => j.kind.endsWith('-todos'));
    await createJobRunner(ctx.deps, openers, { now: () => new Date() }).tick();
    const security = await clientFor(ctx.app, ctx.deps, 'security_admin', fx.subdistricts[0].id);
    const res = await security.get('/api/jobs');
    expect(res.statusCode).toBe(200);
    const view = readJson<JobsStatusView>(res);
    // every kind a runner of this file planned shows, with its schedule (a kind shows once planned)
    const planned = (await ctx.deps.db.selectFrom('job_schedules').select('kind').execute()).map((r) => r.kind).sort();
    expect(planned).toEqual(
      expect.arrayContaining(['grid.escalate-overdue', 'jobs.prune-runs', 'grid.open-report-todos']),
    );
    expect(view.kinds.map((k) => k.kind)).toEqual(planned);
    const sweep = view.kinds.find((k) => k.kind === 'grid.escalate-overdue');
    expect(sweep).toMatchObject({ cron: '*/15 * * * *', timeZone: 'Asia/Shanghai', lastRun: { status: 'succeeded' } });
    expect(Date.parse(sweep?.nextRunAt ?? '')).toBeGreaterThan(0);
    const attempts = view.kinds.find((k) => k.kind === 'auth.expired-portal-codes');
    expect(attempts).toMatchObject({ failedLastWeek: 1, recentFailures: [{ lastError: 'disk full', attempts: 5 }] });
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    expect((await admin.get('/api/jobs')).statusCode).toBe(403);
  });
});
