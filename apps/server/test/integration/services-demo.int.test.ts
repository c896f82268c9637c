import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaStatsView, FundTotalsView, RequestListItem } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor, clientForUser } from '../sessions.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';

/** The report's 2015 service figures, computed back from the seeded records (not stored totals). */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('demo data: service positions, funds and services of 秦岭路街道', () => {
  let ctx: Ctx;
  const unitNamed = async (name: string) =>
    (await ctx.deps.db.selectFrom('org_units').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const userNamed = async (name: string) =>
    (await ctx.deps.db.selectFrom('users').select('id').where('username', '=', name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await seedDemo(ctx.deps)).toBe(true);
  });

  it('2015: 11,000 m² in total, 3,300 m² added, 7 of 8 communities ≥ 1000 m² (88%), 秦江 and 锦艺西 ≥ 2000 m²', async () => {
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', await unitNamed('秦岭路街道'));
    const s = readJson<AreaStatsView>(await admin.get('/api/services/area-stats?from=2015-01-01&to=2015-12-31'));
    expect([s.totalAreaM2, s.addedM2, s.communityCount, s.communitiesMeetingTarget, s.targetSharePercent]).toEqual([
      11_000, 3_300, 8, 7, 88,
    ]);
    const area = new Map(s.communities.map((c) => [c.unitName, c.areaM2]));
    expect(area.get('秦江社区')).toBeGreaterThanOrEqual(2000);
    expect(area.get('锦艺西社区')).toBeGreaterThanOrEqual(2000);
    expect(s.communities.filter((c) => !c.meetsTarget).map((c) => c.unitName)).toEqual(['电新街社区']);
  });

  it('2015 funds: ¥5,500,000 community construction special fund, ¥900,000+ Party-building special fund; one over-budget approval', async () => {
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', await unitNamed('秦岭路街道'));
    const t = readJson<FundTotalsView>(await admin.get('/api/funds/totals?year=2015'));
    const byKind = new Map(t.byKind.map((k) => [k.kind, k.allocatedFen]));
    expect(byKind.get('community_construction')).toBe(5_500_000_00);
    expect(byKind.get('party_building')).toBeGreaterThanOrEqual(900_000_00);
    expect(byKind.get('party_building')).toBeLessThan(1_000_000_00);
    expect(
      readJson<{ recipientName: string }[]>(await admin.get('/api/funds/over-budget')).map((o) => o.recipientName),
    ).toEqual(['秦江社区']);
  });

  it('featured services, brands and honours are on the public pages; the demo provider and resident see their own orders and requests', async () => {
    const qj = readJson<{
      services: { programme: string | null }[];
      brands: { name: string }[];
      honours: { title: string }[];
    }>(await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${await unitNamed('秦江社区')}` }));
    expect(qj.services.map((x) => x.programme)).toEqual(expect.arrayContaining(['6+1', '光合+', '党代表工作室']));
    expect(qj.brands.map((b) => b.name)).toEqual(['光合+']);
    expect(qj.honours.map((h) => h.title)).toEqual(['服务型党组织示范点']);
    const jyd = readJson<{ services: { programme: string | null }[] }>(
      await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${await unitNamed('锦艺东社区')}` }),
    );
    expect(jyd.services.map((x) => x.programme)).toContain('七色彩虹');

    const resident = await clientForUser(ctx.app, ctx.deps, await userNamed('resident'));
    const mine = readJson<{ items: RequestListItem[] }>(await resident.get('/api/portal/requests?pageSize=50'));
    expect(new Set(mine.items.map((r) => r.status))).toEqual(
      new Set(['submitted', 'accepted', 'dispatched', 'in_progress', 'done', 'rated', 'closed', 'rejected']),
    );
    const provider = await clientForUser(ctx.app, ctx.deps, await userNamed('provider'));
    const orders = readJson<{ items: RequestListItem[] }>(await provider.get('/api/provider/orders?pageSize=50'));
    expect(orders.items.length).toBeGreaterThanOrEqual(4);
    expect(orders.items.every((o) => o.assigneeKind === 'provider')).toBe(true);
  });

  it('the public Open311 feed shows the demo requests whose resident agreed, masked, and none of the others', async () => {
    const feed = JSON.parse((await ctx.app.inject({ method: 'GET', url: '/open311/v2/requests.json' })).body) as {
      description: string;
      status_notes: string;
    }[];
    expect(feed.map((r) => r.description).sort()).toEqual(
      ['3号楼***楼道声控灯不亮（演示）', '单元门禁损坏（演示）', '小区外道路坑洼（演示）'].sort(),
    );
    expect(JSON.stringify(feed)).not.toContain('物业');
  });
});
