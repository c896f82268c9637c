import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor, type Client } from '../sessions.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';

/** The demo subdistrict reproduces the source report's figures that this platform already holds records for (2015). */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Values { values: { code: string; value: number | null; meetsTarget: boolean | null }[] }

describe('demo data: the report figures of 秦岭路街道, 2015', () => {
  let ctx: Ctx;
  let admin: Client;
  let v: Record<string, number | null>;
  let target: Record<string, boolean | null>;

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await seedDemo(ctx.deps)).toBe(true);
    const sub = await ctx.deps.db.selectFrom('org_units').select('id').where('name', '=', '秦岭路街道').executeTakeFirstOrThrow();
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
    const ranking = readJson<{ rows: { value: number; meetsTarget: boolean }[] }>(await admin.get('/api/indicators/workers.community_staff/ranking?from=2015-01-01&to=2015-12-31'));
    expect(ranking.rows.length).toBeGreaterThan(0);
    expect(ranking.rows.every((r) => r.value > 20 && r.meetsTarget)).toBe(true);
  });

  it('110+ problems solved through deliberation, 22 power-list items', () => {
    expect(v['decisions.solved']).toBe(112);
    expect(v['integrity.power_items']).toBe(22);
  });

  it('秦江社区\'s grids carry (demo) GeoJSON boundaries for the map', async () => {
    const qinjiang = await ctx.deps.db.selectFrom('org_units').select('id').where('name', '=', '秦江社区').executeTakeFirstOrThrow();
    const children = readJson<{ rows: { boundary: string | null }[] }>(await admin.get(`/api/indicators/children?unitId=${qinjiang.id}`));
    expect(children.rows.length).toBeGreaterThan(0);
    expect(children.rows.every((r) => JSON.parse(r.boundary ?? 'null')?.type === 'Polygon')).toBe(true);
  });
});
