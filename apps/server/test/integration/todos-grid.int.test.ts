import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoCountsView, TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, type Client } from '../sessions.ts';
import { caseBody, key } from '../grid-support.ts';
import { storedAndRecounted, talliesAndItems, randomBelow } from '../todos-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { assignPost, endPost } from '../../src/features/grid/posts.service.ts';
import { actOnCase, createCase } from '../../src/features/grid/cases.write.service.ts';
import { getCase } from '../../src/features/grid/cases.service.ts';
import { submitReport } from '../../src/features/grid/reports.service.ts';
import { putSettings } from '../../src/features/grid/settings.service.ts';
import { escalateOverdue } from '../../src/features/grid/cases.escalation.service.ts';
import { DEFAULT_TIME_LIMITS } from '../../src/features/grid/cases.limits.ts';
import { reportTodosJob } from '../../src/features/grid/report-todos.job.ts';
import { localDay } from '../../src/platform/local-date.ts';

/**
 * The grid's to-do items (grid.todos.ts) through the to-do centre: who sees which item, the counts, urgency as time
 * passes, and — with the clock fixed — random workflows after which the open items always equal a recount.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const T0 = '2026-12-07T02:00:00.000Z'; // 10:00 in Shanghai

describe('grid to-do items', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let gw: Client;
  let secretary: Client;
  let otherSecretary: Client;
  let communityWorker: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const g0 = () => c0().grids[0];
  const list = async (c: Client, q = '') => readJson<TodoListView>(await c.get(`/api/todos${q}`));
  const counts = async (c: Client) => readJson<TodoCountsView>(await c.get('/api/todos/counts'));
  const kinds = (l: TodoListView) => l.items.map((i) => `${i.kind}:${i.ref}`);

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T0);
    fx = await buildFixture(ctx.deps);
    gw = await clientFor(ctx.app, ctx.deps, 'grid_worker', g0().id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    otherSecretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[1].id);
    communityWorker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    await assignPost(ctx.deps, systemActor(), { gridId: g0().id, userId: gw.userId, post: 'specialist' });
  });

  it('addresses each item to the person or the post whose work it is, and counts what it lists', async () => {
    const due = await list(gw);
    expect(due.items.map((i) => [i.kind, i.mine, i.urgency, i.link])).toEqual([
      ['grid.report-due', true, 'normal', '/grid/today'],
    ]);
    expect(due.items[0]?.dueAt).toBe('2026-12-07T09:00:00.000Z'); // the 17:00 cut-off

    const c = readJson<{ id: string; number: string }>(await gw.post('/api/grid/cases', caseBody(g0().id)));
    expect(kinds(await list(gw))).toContain(`grid.case-to-accept:${c.number}`);
    expect((await list(secretary)).total).toBe(0);

    // escalated to the community: the secretary's post now holds it; the grid no longer does
    expect(
      (await gw.post(`/api/grid/cases/${c.id}/actions`, { action: 'escalate', note: '需社区协调' })).statusCode,
    ).toBe(200);
    expect(kinds(await list(gw))).not.toContain(`grid.case-to-accept:${c.number}`);
    expect(kinds(await list(secretary))).toEqual([`grid.case-to-accept:${c.number}`]);
    expect((await list(otherSecretary)).total).toBe(0);
    expect(await counts(secretary)).toEqual({ total: 1, urgent: 0, byKind: { 'grid.case-to-accept': 1 } });

    // accepted, then assigned to a community worker: hers alone, personally
    expect((await secretary.post(`/api/grid/cases/${c.id}/actions`, { action: 'accept' })).statusCode).toBe(200);
    expect(kinds(await list(secretary))).toEqual([`grid.case-to-assign:${c.number}`]);
    const assign = await secretary.post(`/api/grid/cases/${c.id}/actions`, {
      action: 'assign',
      assigneeId: communityWorker.userId,
    });
    expect(assign.statusCode, assign.body).toBe(200);
    expect((await list(secretary)).total).toBe(0);
    const hers = await list(communityWorker);
    expect(hers.items.map((i) => [i.kind, i.mine])).toEqual([['grid.case-assigned', true]]);

    // the report closes the report-due item
    const report = await gw.post('/api/grid/reports', {
      gridId: g0().id,
      zero: true,
      items: [],
      idempotencyKey: key(),
    });
    expect(report.statusCode, report.body).toBe(200);
    expect((await list(gw)).items.map((i) => i.kind)).not.toContain('grid.report-due');
  });

  it('turns yellow an hour before the cut-off and overdue after it, computed when read', async () => {
    const other = await makeUser(ctx.deps, 'grid_worker', c0().grids[1].id);
    await assignPost(ctx.deps, systemActor(), { gridId: c0().grids[1].id, userId: other.id, post: 'specialist' });
    const client = await clientFor(ctx.app, ctx.deps, 'grid_worker', c0().grids[1].id);
    await assignPost(ctx.deps, systemActor(), { gridId: c0().grids[1].id, userId: client.userId, post: 'specialist' });
    const urgency = async () => (await list(client)).items.find((i) => i.kind === 'grid.report-due')?.urgency;
    expect(await urgency()).toBe('normal');
    ctx.deps.clock.set('2026-12-07T08:30:00.000Z');
    expect(await urgency()).toBe('yellow');
    ctx.deps.clock.set('2026-12-07T09:30:00.000Z');
    expect(await urgency()).toBe('overdue');
    expect((await counts(client)).urgent).toBe(1);
    ctx.deps.clock.set(T0);
  });

  it('keeps the open items equal to a recount through random workflows (fixed clock)', async () => {
    const deps = ctx.deps;
    const sd = fx.subdistricts[1];
    const grids = sd.communities.flatMap((c) => c.grids);
    const workers = [];
    for (const g of grids) workers.push({ grid: g.id, user: (await makeUser(deps, 'grid_worker', g.id)).id });
    const rand = randomBelow(17);
    let t = Date.parse('2026-12-08T01:00:00.000Z');
    deps.clock.set(new Date(t));
    const posts: string[] = [];
    const cases: string[] = [];
    const sys = systemActor();
    const steps: string[] = [];
    for (let step = 0; step < 70; step++) {
      const now = new Date(t).toISOString();
      const pick = rand(10);
      if (pick === 0 || posts.length === 0) {
        const w = workers[rand(workers.length)] as { grid: string; user: string };
        const p = await assignPost(deps, sys, { gridId: w.grid, userId: w.user, post: 'specialist' }).catch(() => null);
        if (p) posts.push(p.id);
        steps.push('post');
      } else if (pick === 1 && posts.length > 1) {
        await endPost(deps, sys, posts.splice(rand(posts.length), 1)[0] as string);
        steps.push('end post');
      } else if (pick <= 3) {
        const g = grids[rand(grids.length)] as { id: string };
        const risk = rand(5) === 0 ? 'high' : 'low';
        cases.push((await createCase(deps, sys, caseBody(g.id, { risk }) as never)).id);
        steps.push('case');
      } else if (pick <= 6 && cases.length > 0) {
        const id = cases[rand(cases.length)] as string;
        const view = await getCase(deps, sys, id);
        const actions = view.abilities.actions;
        if (actions.length > 0) {
          const action = actions[rand(actions.length)] as (typeof actions)[number];
          const assignee = view.abilities.assignees[0]?.id;
          if (action !== 'assign' || assignee)
            await actOnCase(deps, sys, id, {
              action,
              ...(action === 'assign' ? { assigneeId: assignee } : {}),
              ...(action === 'resolve' ? { agreement: '双方达成一致' } : {}),
              ...(action === 'escalate' || action === 'fail' ? { note: '需上级协调' } : {}),
            } as never);
          steps.push(action);
        }
      } else if (pick === 7) {
        const w = workers[rand(workers.length)] as { grid: string; user: string };
        await submitReport(deps, { ...sys, userId: w.user }, {
          gridId: w.grid,
          zero: true,
          items: [],
          idempotencyKey: key(),
        } as never).catch(() => null);
        steps.push('report');
      } else if (pick === 8) {
        await escalateOverdue(deps, sys, now, [sd.id]);
        steps.push('sweep');
      } else {
        const before = localDay(new Date(t));
        t += (1 + rand(30)) * 3_600_000;
        deps.clock.set(new Date(t));
        if (localDay(new Date(t)) !== before)
          await reportTodosJob.run(deps, {
            kind: reportTodosJob.kind,
            key: sd.id,
            scheduledFor: new Date(t).toISOString(),
            attempt: 1,
            now: () => new Date(t),
          });
        if (rand(4) === 0)
          await putSettings(deps, sys, {
            subdistrictId: sd.id,
            cutoff: rand(2) === 0 ? '17:00' : '18:30',
            timeLimits: DEFAULT_TIME_LIMITS,
          });
        steps.push('time');
      }
      const { stored, recounted } = await storedAndRecounted(deps, new Date(t).toISOString(), {
        subdistrictId: sd.id,
      });
      expect(stored, `after steps ${steps.join(', ')}`).toEqual(recounted);
    }
    const { tallies, counted } = await talliesAndItems(deps);
    expect(tallies).toEqual(counted);
    expect(cases.length).toBeGreaterThan(5);
    expect(new Set(steps).size).toBeGreaterThan(6);
    deps.clock.set(T0);
  });
});
