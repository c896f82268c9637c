import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../src/platform/jobs/job-runner.ts';
import type { JobKind } from '../../src/platform/jobs/job-kind.ts';
import { claimOne, markSucceeded } from '../../src/platform/jobs/job-runs.repo.ts';
import { type Node, testClock, twoNodes } from '../jobs-support.ts';

/**
 * The scheduled-job runner on a database shared by two app nodes (two connection pools on the server database,
 * two connections to one file on the embedded one): each run happens once, a missed occurrence is caught up once
 * after a restart, failures retry with backoff and then fail, and a dead node's lease is taken over.
 */
const MIN = 60_000;

describe('scheduled jobs across two nodes', () => {
  let a: Node;
  let b: Node;
  beforeAll(async () => {
    [a, b] = await twoNodes();
  });

  const runsOf = (node: Node, kind: string) =>
    node.db
      .selectFrom('job_runs')
      .selectAll()
      .where('kind', '=', kind)
      .orderBy('scheduled_for')
      .orderBy('key')
      .execute();

  /** A job kind that counts its executions per run (key @ occurrence), yielding in between so nodes interleave. */
  function counting(kind: string, cron: string, keys: string[]) {
    const seen = new Map<string, number>();
    const job: JobKind<Node> = {
      kind,
      cron,
      keys: async () => keys,
      run: async (_deps, run) => {
        const id = `${run.key}@${run.scheduledFor}`;
        seen.set(id, (seen.get(id) ?? 0) + 1);
        await sleep(5);
        return { id };
      },
    };
    return { job, seen };
  }

  it('runs each (kind, key, occurrence) exactly once across two nodes ticking at the same time', async () => {
    const clock = testClock('2026-12-07T08:30:00.000Z');
    const { job, seen } = counting('test.once', '*/5 * * * *', ['s1', 's2', 's3']);
    const nodeA = createJobRunner(a, [job], { now: clock.now, owner: 'node-a' });
    const nodeB = createJobRunner(b, [job], { now: clock.now, owner: 'node-b' });
    for (let round = 0; round < 3; round += 1) {
      await Promise.all([nodeA.tick(), nodeB.tick(), nodeA.tick(), nodeB.tick()]);
      clock.advance(5 * MIN);
    }
    expect(seen.size).toBe(9);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const runs = await runsOf(a, 'test.once');
    expect(runs).toHaveLength(9);
    expect(runs.every((r) => r.status === 'succeeded' && r.attempts === 1 && r.lease_owner === null)).toBe(true);
    expect(new Set(runs.map((r) => r.scheduled_for))).toEqual(
      new Set(['2026-12-07T08:30:00.000Z', '2026-12-07T08:35:00.000Z', '2026-12-07T08:40:00.000Z']),
    );
  });

  it('after a restart runs the latest missed occurrence once, not every one missed, and never one already run', async () => {
    const clock = testClock('2026-12-07T01:00:10.000Z');
    const { job, seen } = counting('test.catch-up', '0 * * * *', ['all']);
    await createJobRunner(a, [job], { now: clock.now }).tick();
    expect([...seen.keys()]).toEqual(['all@2026-12-07T01:00:00.000Z']);
    // The same instant after a restart: the run exists, nothing runs again.
    await createJobRunner(b, [job], { now: clock.now }).tick();
    expect(seen.size).toBe(1);
    // Down for three hours and a half: the restarted node runs 04:00 once; 02:00 and 03:00 are not replayed.
    clock.set('2026-12-07T04:30:00.000Z');
    const restarted = createJobRunner(a, [job], { now: clock.now });
    await restarted.tick();
    await restarted.tick();
    await createJobRunner(b, [job], { now: clock.now }).tick();
    expect([...seen.keys()]).toEqual(['all@2026-12-07T01:00:00.000Z', 'all@2026-12-07T04:00:00.000Z']);
    expect([...seen.values()]).toEqual([1, 1]);
    const schedule = await a.db
      .selectFrom('job_schedules')
      .selectAll()
      .where('kind', '=', 'test.catch-up')
      .executeTakeFirstOrThrow();
    expect(schedule).toMatchObject({
      cron: '0 * * * *',
      time_zone: 'Asia/Shanghai',
      last_planned_for: '2026-12-07T04:00:00.000Z',
      next_run_at: '2026-12-07T05:00:00.000Z',
    });
  });

  it('retries a failing run with exponential backoff, then marks it failed with the last error', async () => {
    const clock = testClock('2026-12-07T02:00:00.000Z');
    const attempts: string[] = [];
    const job: JobKind<Node> = {
      kind: 'test.flaky',
      cron: '0 10 * * *', // 10:00 Shanghai = 02:00Z
      maxAttempts: 3,
      backoffMs: MIN,
      run: async (_deps, run) => {
        attempts.push(`${run.attempt}@${clock.now().toISOString()}`);
        throw new Error(`refused (${run.attempt})`);
      },
    };
    const nodeA = createJobRunner(a, [job], { now: clock.now });
    const nodeB = createJobRunner(b, [job], { now: clock.now });
    const tickBoth = () => Promise.all([nodeA.tick(), nodeB.tick()]);
    await tickBoth();
    let [run] = await runsOf(a, 'test.flaky');
    expect(run).toMatchObject({ status: 'pending', attempts: 1, last_error: 'refused (1)' });
    expect(run.next_attempt_at).toBe('2026-12-07T02:01:00.000Z');
    clock.advance(MIN - 1); // not yet
    await tickBoth();
    clock.set('2026-12-07T02:01:00.000Z');
    await tickBoth();
    [run] = await runsOf(a, 'test.flaky');
    expect(run).toMatchObject({ status: 'pending', attempts: 2, next_attempt_at: '2026-12-07T02:03:00.000Z' });
    clock.set('2026-12-07T02:02:59.000Z'); // the second wait is twice the first
    await tickBoth();
    clock.set('2026-12-07T02:03:00.000Z');
    await tickBoth();
    clock.advance(60 * MIN);
    await tickBoth();
    [run] = await runsOf(a, 'test.flaky');
    expect(run).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'refused (3)',
      finished_at: '2026-12-07T02:03:00.000Z',
      lease_owner: null,
    });
    expect(attempts).toEqual([
      '1@2026-12-07T02:00:00.000Z',
      '2@2026-12-07T02:01:00.000Z',
      '3@2026-12-07T02:03:00.000Z',
    ]);
  });

  it("takes over a run whose node died once its lease runs out; the dead node's late finish changes nothing", async () => {
    const clock = testClock('2026-12-07T03:00:00.000Z');
    const { job, seen } = counting('test.lease', '0 11 * * *', ['all']); // 11:00 Shanghai = 03:00Z
    const lease = { ...job, leaseMs: 5 * MIN };
    const nodeB = createJobRunner(b, [lease], { now: clock.now, owner: 'node-b' });
    // Node A plans the run and claims it, then stops before running it (its process died).
    await createJobRunner(a, [lease], { now: clock.now, batch: 0 }).tick();
    const claimed = await claimOne(
      a.db,
      a.engine,
      {
        kinds: ['test.lease'],
        now: clock.now().toISOString(),
        owner: 'node-a',
        leaseUntil: () => '2026-12-07T03:05:00.000Z',
      },
      () => false,
    );
    expect(claimed?.attempts).toBe(0);
    await nodeB.tick(); // the lease holds
    expect(seen.size).toBe(0);
    clock.set('2026-12-07T03:05:00.001Z');
    await nodeB.tick();
    expect([...seen.entries()]).toEqual([['all@2026-12-07T03:00:00.000Z', 1]]);
    const [run] = await runsOf(b, 'test.lease');
    expect(run).toMatchObject({ status: 'succeeded', attempts: 2, lease_owner: null });
    const late = await markSucceeded(
      a.db,
      { id: run.id, attempt: 1, owner: 'node-a' },
      clock.now().toISOString(),
      '{"late":true}',
    );
    expect(late).toBe(false);
    expect((await runsOf(a, 'test.lease'))[0].result).toBe(run.result);
  });
});
