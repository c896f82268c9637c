import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { linkBranch } from '../branch-secretary-support.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { today } from '../../src/platform/local-date.ts';

/**
 * A branch secretary (支部书记) sees their own Party branch only: another branch of the SAME community
 * is 404 (audited as out-of-scope) and lists hold their branch alone; unlinked, they see no branch data.
 * The link is set through the user administration: only for that role, to a branch under the account's scope.
 */
describe('branch secretary: own branch only', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  let fx: Fixture;
  let admin: Client;
  let security: Client;
  let linked: Client;
  let unlinked: Client;
  let otherBranchId: string;
  const year = Number(today(systemClock).slice(0, 4));
  const c0 = () => fx.subdistricts[0].communities[0];

  const status = async (p: Promise<LightMyRequestResponse>, want: number, code?: string) => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(want);
    if (code) expect(readJson<{ code: string }>(res).code).toBe(code);
    return readJson<Record<string, unknown>>(res);
  };
  const denials = async (userId: string) =>
    (
      await ctx.deps.db
        .selectFrom('audit_log')
        .select('seq')
        .where('action', '=', 'access.denied')
        .where('actor_id', '=', userId)
        .execute()
    ).length;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    security = await clientFor(ctx.app, ctx.deps, 'security_admin', fx.subdistricts[0].id);
    linked = await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id);
    unlinked = await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id);
    await linkBranch(ctx.deps, linked.userId, c0().branchId);
    const other = await status(
      admin.post('/api/party-orgs', {
        parentId: c0().partyOrgId,
        kind: 'branch',
        category: 'community',
        name: '第二支部',
        territoryId: c0().id,
      }),
      200,
    );
    otherBranchId = other.id as string;
    await status(
      admin.post('/api/party-members', {
        name: '王五',
        branchId: otherBranchId,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1995-07-01',
      }),
      200,
    );
    await status(
      admin.post('/api/party-life/meetings', {
        branchId: otherBranchId,
        kind: 'theme_day',
        heldOn: today(systemClock),
        topic: '主题党日',
        due: 5,
        present: 5,
        minutes: '',
        photos: [],
      }),
      200,
    );
  });

  it('reads its own branch: meetings, schedule, study plans, coverage, members and the Party-org list', async () => {
    await status(linked.get(`/api/party-life/meetings?branchId=${c0().branchId}&year=${year}`), 200);
    await status(linked.get(`/api/party-life/schedule?branchId=${c0().branchId}&year=${year}`), 200);
    await status(linked.get(`/api/education/plans?branchId=${c0().branchId}&year=${year}`), 200);
    const coverage = (await status(linked.get(`/api/education/coverage?year=${year}`), 200)) as {
      branches: { branchId: string }[];
    };
    expect(coverage.branches.map((b) => b.branchId)).toEqual([c0().branchId]);
    const members = (await status(linked.get('/api/party-members?page=1&pageSize=50'), 200)) as {
      items: { branchId: string }[];
      total: number;
    };
    expect(members.total).toBeGreaterThan(0);
    expect(new Set(members.items.map((m) => m.branchId))).toEqual(new Set([c0().branchId]));
    await status(linked.get(`/api/party-members?page=1&pageSize=50&branchId=${c0().branchId}`), 200);
    const orgs = (await status(linked.get('/api/party-orgs'), 200)) as { items: { id: string }[] };
    expect(orgs.items.map((o) => o.id)).toEqual([c0().branchId]);
    // A community secretary still sees both branches of the community.
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    const all = (await status(secretary.get(`/api/education/coverage?year=${year}`), 200)) as {
      branches: { branchId: string }[];
    };
    expect(all.branches.map((b) => b.branchId).sort()).toEqual([c0().branchId, otherBranchId].sort());
  });

  it('gets 404 for another branch of the same community, audited as out-of-scope, and nothing is written', async () => {
    const before = {
      meetings: await countRows(ctx.deps, 'org_life_meetings'),
      members: await countRows(ctx.deps, 'party_members'),
      denied: await denials(linked.userId),
    };
    const urls = [
      `/api/party-life/meetings?branchId=${otherBranchId}&year=${year}`,
      `/api/party-life/schedule?branchId=${otherBranchId}&year=${year}`,
      `/api/education/plans?branchId=${otherBranchId}&year=${year}`,
      `/api/party-members?page=1&pageSize=50&branchId=${otherBranchId}`,
    ];
    for (const url of urls) await status(linked.get(url), 404, 'NOT_FOUND');
    await status(
      linked.post('/api/party-life/meetings', {
        branchId: otherBranchId,
        kind: 'theme_day',
        heldOn: today(systemClock),
        topic: '越权',
        due: 5,
        present: 5,
        minutes: '',
        photos: [],
      }),
      404,
      'NOT_FOUND',
    );
    await status(
      linked.post('/api/party-members', {
        name: '越权',
        branchId: otherBranchId,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1995-07-01',
      }),
      404,
      'NOT_FOUND',
    );
    expect(await countRows(ctx.deps, 'org_life_meetings')).toBe(before.meetings);
    expect(await countRows(ctx.deps, 'party_members')).toBe(before.members);
    expect(await denials(linked.userId)).toBe(before.denied + urls.length + 2);
  });

  it('unlinked, sees no branch data at all (empty lists, 404 for every branch)', async () => {
    expect(((await status(unlinked.get('/api/party-orgs'), 200)) as { items: unknown[] }).items).toEqual([]);
    expect(
      ((await status(unlinked.get('/api/party-members?page=1&pageSize=50'), 200)) as { total: number }).total,
    ).toBe(0);
    expect(
      ((await status(unlinked.get(`/api/education/coverage?year=${year}`), 200)) as { branches: unknown[] }).branches,
    ).toEqual([]);
    await status(unlinked.get(`/api/party-life/schedule?branchId=${c0().branchId}&year=${year}`), 404, 'NOT_FOUND');
  });

  describe('user administration', () => {
    const body = (over: Record<string, unknown>) => ({
      username: `bs${Math.random().toString(36).slice(2, 8)}`,
      displayName: '支部书记',
      role: 'branch_secretary',
      scopeUnitId: c0().id,
      ...over,
    });

    it('links a branch secretary to a branch under its scope, audited; the link is listed and offered', async () => {
      const created = await status(security.post('/api/users', body({ partyBranchId: otherBranchId })), 200);
      expect(created.partyBranchId).toBe(otherBranchId);
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select('changes')
        .where('action', '=', 'user.create')
        .where('subject_id', '=', created.id as string)
        .executeTakeFirstOrThrow();
      expect(String(audit.changes)).toContain(otherBranchId);
      const list = (await status(security.get('/api/users'), 200)) as {
        items: { id: string; partyBranchId: string | null }[];
      };
      expect(list.items.find((u) => u.id === created.id)?.partyBranchId).toBe(otherBranchId);
      const options = (await status(security.get('/api/users/branch-options'), 200)) as { items: { id: string }[] };
      const ids = options.items.map((o) => o.id);
      expect(ids).toContain(otherBranchId);
      expect(ids).toContain(fx.subdistricts[0].communities[1].branchId);
      expect(ids).not.toContain(fx.subdistricts[1].communities[0].branchId);
      // Re-linked through PATCH; a role change away from branch secretary clears the link.
      expect(
        (await status(security.patch(`/api/users/${created.id as string}`, { partyBranchId: c0().branchId }), 200))
          .partyBranchId,
      ).toBe(c0().branchId);
      expect(
        (await status(security.patch(`/api/users/${created.id as string}`, { role: 'community_worker' }), 200))
          .partyBranchId,
      ).toBeNull();
    });

    it('refuses a link for another role, to a branch outside the account scope, or to a non-branch (400), and outside the admin scope (404); nothing written', async () => {
      const before = await countRows(ctx.deps, 'users');
      await status(
        security.post('/api/users', body({ role: 'community_worker', partyBranchId: c0().branchId })),
        400,
        'VALIDATION',
      );
      await status(
        security.post('/api/users', body({ partyBranchId: fx.subdistricts[0].communities[1].branchId })),
        400,
        'VALIDATION',
      );
      await status(security.post('/api/users', body({ partyBranchId: c0().partyOrgId })), 400, 'VALIDATION');
      await status(
        security.post('/api/users', body({ partyBranchId: fx.subdistricts[1].communities[0].branchId })),
        404,
        'NOT_FOUND',
      );
      expect(await countRows(ctx.deps, 'users')).toBe(before);
      const worker = await status(security.post('/api/users', body({ role: 'community_worker' })), 200);
      const stamp = await ctx.deps.db
        .selectFrom('users')
        .select('updated_at')
        .where('id', '=', worker.id as string)
        .executeTakeFirstOrThrow();
      await status(
        security.patch(`/api/users/${worker.id as string}`, { partyBranchId: c0().branchId }),
        400,
        'VALIDATION',
      );
      expect(
        await ctx.deps.db
          .selectFrom('users')
          .select(['updated_at', 'party_branch_id'])
          .where('id', '=', worker.id as string)
          .executeTakeFirstOrThrow(),
      ).toEqual({ ...stamp, party_branch_id: null });
    });
  });
});
