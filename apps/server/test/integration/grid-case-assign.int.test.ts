import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { caseBody, givePost } from '../grid-support.ts';

/**
 * Assigning a case stays inside its grid: the grid leader (网格长) assigns anyone holding a post in the grid,
 * another grid worker only themselves, community staff also the staff responsible for the grid; anyone else
 * is refused with a clear message and nothing is written. The case view offers exactly whom the caller may pick.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Refusal {
  code: string;
  issues: { path: string; message: string }[];
}

describe('assigning a case within its grid', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let leader: Client;
  let worker: Client;
  let specialist: Client;
  let noPost: Client;
  let otherGrid: Client;
  let communityWorker: Client;
  let otherCommunityWorker: Client;
  let secretary: Client;
  const g0 = () => fx.subdistricts[0].communities[0].grids[0];
  const act = (client: Client, id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    client.request('POST', `/api/grid/cases/${id}/actions`, body, headers);
  const assignEvents = (caseId: string) =>
    ctx.deps.db
      .selectFrom('dispute_events')
      .select('id')
      .where('case_id', '=', caseId)
      .where('action', '=', 'assign')
      .execute();

  /** A grid-level case of grid 0, accepted by the leader: ready to assign. */
  async function acceptedCase(): Promise<CaseView> {
    const c = readJson<CaseView>(await leader.post('/api/grid/cases', caseBody(g0().id)));
    const res = await act(leader, c.id, { action: 'accept' });
    expect(res.statusCode, res.body).toBe(200);
    return readJson<CaseView>(res);
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    const [c0, c1] = fx.subdistricts[0].communities;
    leader = await clientFor(ctx.app, ctx.deps, 'grid_worker', g0().id);
    worker = await clientFor(ctx.app, ctx.deps, 'grid_worker', g0().id);
    specialist = await clientFor(ctx.app, ctx.deps, 'grid_worker', g0().id);
    noPost = await clientFor(ctx.app, ctx.deps, 'grid_worker', g0().id);
    otherGrid = await clientFor(ctx.app, ctx.deps, 'grid_worker', c0.grids[1].id);
    communityWorker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0.id);
    otherCommunityWorker = await clientFor(ctx.app, ctx.deps, 'community_worker', c1.id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0.id);
    await givePost(ctx.deps, g0().id, leader.userId, 'leader');
    await givePost(ctx.deps, g0().id, worker.userId, 'worker');
    await givePost(ctx.deps, g0().id, specialist.userId, 'specialist');
    await givePost(ctx.deps, c0.grids[1].id, otherGrid.userId, 'worker');
  });

  it('the grid leader assigns any worker holding a post in the grid, and is offered exactly them', async () => {
    const c = await acceptedCase();
    expect(c.abilities.actions).toContain('assign');
    expect(c.abilities.assignees.map((p) => p.id).sort()).toEqual(
      [leader.userId, worker.userId, specialist.userId].sort(),
    );
    expect(c.abilities.assignees.find((p) => p.id === worker.userId)?.posts).toEqual(['worker']);
    const res = await act(leader, c.id, { action: 'assign', assigneeId: specialist.userId });
    expect(res.statusCode, res.body).toBe(200);
    expect(readJson<CaseView>(res)).toMatchObject({ status: 'assigned', assigneeId: specialist.userId });
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'changes'])
      .where('action', '=', 'grid.case.assign')
      .where('subject_id', '=', c.id)
      .execute();
    expect(audit.map((a) => a.actor_id)).toEqual([leader.userId]);
    expect(String(audit[0].changes)).toContain(specialist.userId);
    // Reassigning within the grid is allowed too.
    expect((await act(leader, c.id, { action: 'assign', assigneeId: worker.userId })).statusCode).toBe(200);
  });

  it('never to someone outside the grid: 400 with a clear message, nothing written', async () => {
    const c = await acceptedCase();
    for (const outsider of [otherGrid, otherCommunityWorker, communityWorker, noPost]) {
      const res = await act(leader, c.id, { action: 'assign', assigneeId: outsider.userId });
      expect(res.statusCode, res.body).toBe(400);
      const body = readJson<Refusal>(res);
      expect(body.code).toBe('VALIDATION');
      expect(body.issues[0].path).toBe('body.assigneeId');
      expect(body.issues[0].message).toContain('本案件所在网格的在岗人员');
    }
    const en = readJson<Refusal>(
      await act(leader, c.id, { action: 'assign', assigneeId: otherGrid.userId }, { 'accept-language': 'en' }),
    );
    expect(en.issues[0].message).toContain("must hold a post in the case's grid");
    const after = readJson<CaseView>(await leader.get(`/api/grid/cases/${c.id}`));
    expect(after).toMatchObject({ status: 'accepted', assigneeId: null });
    expect(await assignEvents(c.id)).toHaveLength(0);
  });

  it('another grid worker assigns only themselves; assigning someone else says only the leader may', async () => {
    const c = await acceptedCase();
    const view = readJson<CaseView>(await worker.get(`/api/grid/cases/${c.id}`));
    expect(view.abilities.assignees.map((p) => p.id)).toEqual([worker.userId]);
    const refused = await act(worker, c.id, { action: 'assign', assigneeId: specialist.userId });
    expect(refused.statusCode).toBe(400);
    expect(readJson<Refusal>(refused).issues[0].message).toContain('只有本网格的网格长');
    expect(await assignEvents(c.id)).toHaveLength(0);
    expect((await act(worker, c.id, { action: 'assign', assigneeId: worker.userId })).statusCode).toBe(200);
  });

  it('community staff assign post holders and the staff responsible for the grid, nobody from elsewhere', async () => {
    const c = await acceptedCase();
    const view = readJson<CaseView>(await secretary.get(`/api/grid/cases/${c.id}`));
    const offered = new Set(view.abilities.assignees.map((p) => p.id));
    for (const inside of [leader, worker, specialist, communityWorker, secretary, noPost])
      expect(offered.has(inside.userId)).toBe(true);
    for (const outside of [otherGrid, otherCommunityWorker]) expect(offered.has(outside.userId)).toBe(false);
    expect((await act(secretary, c.id, { action: 'assign', assigneeId: otherCommunityWorker.userId })).statusCode).toBe(
      400,
    );
    expect((await act(secretary, c.id, { action: 'assign', assigneeId: otherGrid.userId })).statusCode).toBe(400);
    const res = await act(secretary, c.id, { action: 'assign', assigneeId: communityWorker.userId });
    expect(res.statusCode, res.body).toBe(200);
    // Once assigned, nobody is offered outside the grid either; a disabled holder is no longer offered.
    await ctx.deps.db.updateTable('users').set({ disabled: 1 }).where('id', '=', specialist.userId).execute();
    const again = readJson<CaseView>(await leader.get(`/api/grid/cases/${c.id}`));
    expect(again.abilities.assignees.map((p) => p.id).sort()).toEqual([leader.userId, worker.userId].sort());
    await ctx.deps.db.updateTable('users').set({ disabled: 0 }).where('id', '=', specialist.userId).execute();
  });

  it('offers nobody when assigning is not the next step or the caller does not handle the case', async () => {
    const c = readJson<CaseView>(await leader.post('/api/grid/cases', caseBody(g0().id)));
    expect(c.abilities.assignees).toEqual([]);
    const up = readJson<CaseView>(await act(leader, c.id, { action: 'escalate', reason: '需社区协调处理' }));
    expect(up.abilities.assignees).toEqual([]);
  });
});
