import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor, clientForUser } from '../sessions.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { countRows } from '../harness.ts';
import { verifyChain } from '../../src/features/audit/audit.service.ts';

/** The demo's 2015 Party-life and volunteer records: the article's figures are computed from them. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('demo data: party life and volunteers of 秦岭路街道 in 2015', () => {
  let ctx: Ctx;
  const unitNamed = async (name: string) =>
    (
      await ctx.deps.db
        .selectFrom('org_units')
        .select('id')
        .where('name', '=', name)
        .where('valid_to', 'is', null)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await seedDemo(ctx.deps)).toBe(true);
  });

  it('3 study visits and 8 trainings; 63 in-service members; 27 teams with 400+ volunteers; 1000+ good deeds', async () => {
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', await unitNamed('秦岭路街道'));
    expect(readJson(await admin.get('/api/trainings/stats?year=2015'))).toMatchObject({ studyVisits: 3, trainings: 8 });
    expect(readJson<{ items: unknown[] }>(await admin.get('/api/in-service/members')).items).toHaveLength(63);
    const teams = readJson<{ items: { volunteers: number }[] }>(await admin.get('/api/volunteer/teams')).items;
    expect(teams).toHaveLength(27);
    expect(teams.reduce((n, t) => n + t.volunteers, 0)).toBeGreaterThanOrEqual(400);
    expect(readJson<{ total: number }>(await admin.get('/api/good-deeds?year=2015')).total).toBeGreaterThanOrEqual(
      1000,
    );
    const monthly = readJson<{ teams: { missingMonths: string[] }[] }>(
      await admin.get('/api/volunteer/teams/monthly?year=2015'),
    ).teams;
    expect(monthly.filter((t) => t.missingMonths.length > 0).length).toBeGreaterThan(0);
    expect(monthly.filter((t) => t.missingMonths.length === 0).length).toBeGreaterThan(20);
  });

  it('三会一课 gaps are flagged; pairing covers leaders, secretaries and cadres with a few short of quota', async () => {
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', await unitNamed('秦岭路街道'));
    const branches = await ctx.deps.db.selectFrom('party_orgs').select('id').where('kind', '=', 'branch').execute();
    let missing = 0;
    for (const b of branches) {
      const s = readJson<{ rows: { missing: number }[] }>(
        await secretary.get(`/api/party-life/schedule?branchId=${b.id}&year=2015`),
      );
      missing += s.rows.reduce((n, r) => n + r.missing, 0);
    }
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(branches.length * 3);
    const leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', await unitNamed('秦岭路街道'));
    const c = readJson<{ helpers: { helperRole: string; meetsQuota: boolean }[]; overdue: unknown[] }>(
      await leader.get('/api/pairing/compliance'),
    );
    for (const role of ['leader', 'branch_secretary', 'cadre'])
      expect(c.helpers.some((h) => h.helperRole === role)).toBe(true);
    expect(c.helpers.filter((h) => !h.meetsQuota).length).toBeGreaterThan(0);
    expect(c.helpers.filter((h) => h.meetsQuota).length).toBeGreaterThan(c.helpers.length / 2);
    expect(c.overdue.length).toBeGreaterThan(0);
  });

  it('the demo accounts: the volunteer has verified hours and a certificate; the member learns; the audit chain holds', async () => {
    const volunteer = await ctx.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'volunteer')
      .executeTakeFirstOrThrow();
    const v = await ctx.deps.db
      .selectFrom('volunteers')
      .select('id')
      .where('user_id', '=', volunteer.id)
      .executeTakeFirstOrThrow();
    expect(
      (
        await ctx.deps.db
          .selectFrom('volunteer_certificates')
          .select('number')
          .where('volunteer_id', '=', v.id)
          .execute()
      ).length,
    ).toBe(1);
    expect(await countRows(ctx.deps, 'learning_records')).toBeGreaterThan(100);
    expect((await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).problem).toBeNull();
  });

  // branch secretary's own branch
  it('the demo branch secretary is linked to 秦江社区第一党支部 and sees that branch only', async () => {
    const user = await ctx.deps.db
      .selectFrom('users')
      .select(['id', 'party_branch_id'])
      .where('username', '=', 'branch')
      .executeTakeFirstOrThrow();
    const branch = await ctx.deps.db
      .selectFrom('party_orgs')
      .select('id')
      .where('name', '=', '秦江社区第一党支部')
      .executeTakeFirstOrThrow();
    expect(user.party_branch_id).toBe(branch.id);
    const client = await clientForUser(ctx.app, ctx.deps, user.id, 'branch');
    const coverage = readJson<{ branches: { branchId: string }[] }>(
      await client.get('/api/education/coverage?year=2015'),
    ).branches;
    expect(coverage.map((b) => b.branchId)).toEqual([branch.id]);
    const sibling = await ctx.deps.db
      .selectFrom('party_orgs')
      .select('id')
      .where('name', '=', '秦江社区第二党支部')
      .executeTakeFirstOrThrow();
    expect((await client.get(`/api/party-life/schedule?branchId=${sibling.id}&year=2015`)).statusCode).toBe(404);
    // party gaps: the in-service members placed with the branch and the pairs of its helpers only
    const members = readJson<{ items: { branchId: string | null }[] }>(
      await client.get('/api/in-service/members'),
    ).items;
    expect(members.length).toBeGreaterThan(0);
    expect(new Set(members.map((m) => m.branchId))).toEqual(new Set([branch.id]));
    const pairs = readJson<{ items: { helperBranchId: string | null }[] }>(
      await client.get('/api/pairing/pairs'),
    ).items;
    expect(pairs.length).toBeGreaterThan(0);
    expect(new Set(pairs.map((p) => p.helperBranchId))).toEqual(new Set([branch.id]));
  });
});
