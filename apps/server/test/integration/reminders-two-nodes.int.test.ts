import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { makeUser } from '../sessions.ts';
import { caseBody } from '../grid-support.ts';
import { testClock, twoNodes } from '../jobs-support.ts';
import { testEngine } from '../engine.ts';
import type { Deps } from '../../src/deps.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { assignPost } from '../../src/features/grid/posts.service.ts';
import { actOnCase, createCase } from '../../src/features/grid/cases.write.service.ts';
import { createJobRunner } from '../../src/platform/jobs/job-runner.ts';
import { ALL_JOBS } from '../../src/modules.ts';

/**
 * Two app nodes on one migrated database (two pools on PostgreSQL, two connections to one file on SQLite), both
 * running the reminder jobs at the same instants: every reminder reaches each person once.
 */
describe('reminders across two nodes', () => {
  let a: Deps;
  let b: Deps;
  let fx: Fixture;
  const reminders = ALL_JOBS.filter((j) => j.kind === 'grid.cutoff-reminders' || j.kind === 'todos.remind');

  beforeAll(async () => {
    const base = (await createTestContext()).deps;
    base.clock.set('2026-12-07T01:00:00.000Z'); // the posts are held from that day
    const [na, nb] = await twoNodes();
    a = { ...base, db: na.db, engine: na.engine };
    b = { ...base, db: nb.db, engine: nb.engine };
    fx = await buildFixture(a);
  });

  it('sends each cut-off reminder, missing-grid list and escalation notice once', async () => {
    const c0 = fx.subdistricts[0].communities[0];
    const specialists = [];
    for (const g of [...c0.grids, ...fx.subdistricts[1].communities[0].grids]) {
      const u = await makeUser(a, 'grid_worker', g.id);
      await assignPost(a, systemActor(), { gridId: g.id, userId: u.id, post: 'specialist' });
      specialists.push(u.id);
    }
    const secretary = await makeUser(a, 'community_secretary', c0.id);
    const clock = testClock('2026-12-07T08:31:00.000Z'); // 16:31 in Shanghai
    const c = await createCase(a, systemActor(), caseBody(c0.grids[0].id) as never, clock.now().toISOString());
    await actOnCase(a, systemActor(), c.id, { action: 'escalate', note: '需社区协调' }, clock.now().toISOString());
    const nodeA = createJobRunner(a, reminders, { now: clock.now, owner: 'node-a' });
    const nodeB = createJobRunner(b, reminders, { now: clock.now, owner: 'node-b' });
    for (const at of ['2026-12-07T08:31:00.000Z', '2026-12-07T08:46:00.000Z', '2026-12-07T09:02:00.000Z']) {
      clock.set(at);
      await Promise.all([nodeA.tick(), nodeB.tick(), nodeA.tick(), nodeB.tick()]);
    }
    const messages = await a.db.selectFrom('messages').select(['user_id', 'kind']).execute();
    const count = (userId: string, kind: string) =>
      messages.filter((m) => m.user_id === userId && m.kind === kind).length;
    for (const s of specialists) expect(count(s, 'grid.cutoff-reminder')).toBe(1);
    expect(count(secretary.id, 'grid.missing-reports')).toBe(1);
    expect(count(secretary.id, 'grid.case-escalated')).toBe(1);
    // and each run of each occurrence happened once, on one of the two nodes
    const runs = await a.db.selectFrom('job_runs').select(['kind', 'key', 'scheduled_for', 'status']).execute();
    const keys = runs.map((r) => `${r.kind} ${r.key} ${r.scheduled_for}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(runs.filter((r) => r.status === 'failed')).toEqual([]);
    // two writers on one SQLite file: a run whose last write met the other's lock stays 'running' until its lease
    // ends and runs again — the day-keyed reminders above still went once (the embedded engine runs one node)
    if (testEngine() === 'postgres') expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
  });
});
