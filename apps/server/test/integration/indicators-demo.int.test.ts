import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor, type Client } from '../sessions.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { COUNTERS } from '../../src/features/indicators/catalogue.ts';
import { compareCounter } from '../../src/features/indicators/rollups.service.ts';

/** The demo subdistrict reproduces the source report's figures that this platform already holds records for (2015). */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Values {
  values: { code: string; value: number | null; meetsTarget: boolean | null }[];
}

describe('demo data: the report figures of 秦岭路街道, 2015', () => {
  let ctx: Ctx;
  let admin: Client;
  let v: Record<string, number | null>;
  let target: Record<string, boolean | null>;

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await seedDemo(ctx.deps)).toBe(true);
    const sub = await ctx.deps.db
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '秦岭路街道')
      .executeTakeFirstOrThrow();
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', sub.id);
    const res = readJson<Values>(await admin.get('/api/indicators/values?from=2015-01-01&to=2015-12-31'));
    v = Object.fromEntries(res.values.map((x) => [x.code, x.value]));
    target = Object.fromEntries(res.values.map((x) => [x.code, x.meetsTarget]));
  });

  it('40 sunk cadres, 60% of the agency staff', () => {
    expect(v['workers.sunk_cadres']).toBe(40);
    expect(v['workers.sunk_share']).toBeCloseTo(0.6, 1);
  });

  it('more than 20 workers in every community', async () => {
    expect(target['workers.per_community']).toBe(true);
    const ranking = readJson<{ rows: { value: number; meetsTarget: boolean }[] }>(
      await admin.get('/api/indicators/workers.community_staff/ranking?from=2015-01-01&to=2015-12-31'),
    );
    expect(ranking.rows.length).toBeGreaterThan(0);
    expect(ranking.rows.every((r) => r.value > 20 && r.meetsTarget)).toBe(true);
  });

  it('110+ problems solved through deliberation, 22 power-list items', () => {
    expect(v['decisions.solved']).toBe(112);
    expect(v['integrity.power_items']).toBe(22);
  });

  it("秦江社区's grids carry (demo) GeoJSON boundaries for the map", async () => {
    const qinjiang = await ctx.deps.db
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '秦江社区')
      .executeTakeFirstOrThrow();
    const children = readJson<{ rows: { boundary: string | null }[] }>(
      await admin.get(`/api/indicators/children?unitId=${qinjiang.id}`),
    );
    expect(children.rows.length).toBeGreaterThan(0);
    expect(children.rows.every((r) => JSON.parse(r.boundary ?? 'null')?.type === 'Polygon')).toBe(true);
  });

  // grid, services and party life: the rest of the report's figures, through the same API
  it('11,000 m² of service area, 3,300 m² added, 88% of communities at 1,000 m² or more', () => {
    expect(v['services.area']).toBe(11_000);
    expect(v['services.area_added']).toBe(3_300);
    expect(v['services.large_communities']).toBe(7);
    expect(v['services.communities']).toBe(8);
    expect(Math.round((v['services.large_share'] as number) * 100)).toBe(88);
  });

  it('¥5.5 M community-construction fund and ¥0.9 M+ Party-building fund allocated in 2015', () => {
    expect(v['services.construction_fund']).toBe(5_500_000);
    expect(v['services.party_fund']).toBeGreaterThanOrEqual(900_000);
    expect(v['services.party_fund']).toBeLessThan(1_000_000);
  });

  it('3 study visits and 8 trainings, 63 in-service members, 27 teams, 400+ volunteers, 1000+ good deeds', () => {
    expect(v['party_life.study_visits']).toBe(3);
    expect(v['party_life.trainings']).toBe(8);
    expect(v['party_life.in_service_members']).toBe(63);
    expect(v['party_life.volunteer_teams']).toBe(27);
    expect(v['party_life.volunteers']).toBeGreaterThan(400);
    expect(v['party_life.good_deeds']).toBeGreaterThan(1000);
  });

  it('the 2015 volunteering, pairing, education and 三会一课 figures come from the records', () => {
    expect(v['party_life.volunteer_activities']).toBeGreaterThan(27 * 11);
    expect(v['party_life.volunteer_hours']).toBeGreaterThan(1000);
    expect(v['party_life.pairing_coverage']).toBeGreaterThan(0);
    expect(v['party_life.education_coverage']).toBeGreaterThan(0.3);
    const completion = v['party_life.org_life_completion'] as number;
    expect(completion).toBeGreaterThan(0.95);
    expect(completion).toBeLessThan(1); // a few meetings were missed on purpose
  });

  it('the roll-ups of the demo equal a raw recount', async () => {
    for (const def of COUNTERS) expect(await compareCounter(ctx.deps.db, def), def.code).toEqual([]);
  });
});
