import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES, type ComplianceView, type GridDashboardView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor } from '../sessions.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';

/** The grid governance demo: posts, a week of reports, cases in every state (one overdue), seen by the demo accounts. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('demo data: grid governance in 秦岭路街道', () => {
  let ctx: Ctx;
  const unitNamed = async (name: string) =>
    (await ctx.deps.db.selectFrom('org_units').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await seedDemo(ctx.deps)).toBe(true);
  });

  it('cases in every state, one of them red (overdue) in 秦江社区第一网格; the subdistrict dashboard shows them', async () => {
    const statuses = new Set(
      (await ctx.deps.db.selectFrom('dispute_cases').select('status').execute()).map((c) => c.status),
    );
    expect([...statuses].sort()).toEqual([...CASE_STATUSES].sort());
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', await unitNamed('秦江社区'));
    const red = readJson<{ items: { gridName: string; status: string }[] }>(
      await secretary.get('/api/grid/cases?warning=red'),
    );
    expect(red.items).toContainEqual(expect.objectContaining({ gridName: '秦江社区第一网格', status: 'registered' }));
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', await unitNamed('秦岭路街道'));
    const d = readJson<GridDashboardView>(await admin.get('/api/grid/dashboard'));
    expect(d.cases).toBeGreaterThanOrEqual(12);
    expect(d.byLevel.every((l) => l.count > 0)).toBe(true);
    expect(d.gridResolvedShare).not.toBeNull();
    expect(d.mediationSuccessRate).not.toBeNull();
    const rates = d.compliance.filter((c) => c.kind === 'community').map((c) => c.rate);
    expect(rates.every((r) => r > 0.6 && r <= 1)).toBe(true);
  });

  it('a week of reports, mostly zero, a few late; 秦江社区第一网格 is still open today for the demo grid worker', async () => {
    const reports = await ctx.deps.db.selectFrom('daily_reports').select(['zero', 'late', 'report_date']).execute();
    const zero = reports.filter((r) => r.zero === 1).length;
    expect(reports.length).toBeGreaterThan(180);
    expect(zero / reports.length).toBeGreaterThan(0.7);
    expect(reports.some((r) => r.late === 1)).toBe(true);
    const grid = await clientFor(ctx.app, ctx.deps, 'community_secretary', await unitNamed('秦江社区'));
    const c = readJson<ComplianceView>(await grid.get('/api/grid/compliance'));
    expect(c.units.find((u) => u.unitName === '秦江社区第一网格')).toMatchObject({ expected: 1, reported: 0 });
  });
});
