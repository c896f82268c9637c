import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, UnitView } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { mergeUnit } from '../../src/features/territory/territory.merge.ts';
import { AppError } from '../../src/platform/errors.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { today as localToday } from '../../src/platform/local-date.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface UnitList {
  at: string;
  items: UnitView[];
}
interface ParentAt {
  date: string;
  parent: { id: string; name: string; kind: string } | null;
}
interface History {
  items: { parentId: string | null; parentName: string | null; validFrom: string; validTo: string | null }[];
}
interface Building {
  id: string;
  gridId: string;
  name: string;
  address: string;
}
interface Household {
  id: string;
  gridId: string;
  buildingId: string | null;
  address: string;
  residentCount: number;
}
interface PerCommunity {
  unitId: string;
  name: string;
  kind: string;
  grids: number;
  residents: number;
  workers: number;
  meetsWorkerTarget: boolean;
}
interface Dashboard {
  at: string;
  communities: number;
  villages: number;
  grids: number;
  residents: number;
  perCommunity: PerCommunity[];
}

describe('territory: units, rename, tree, buildings and households', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let secretary: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[0].id);
  });

  const sub0 = () => fx.subdistricts[0];
  const c0 = () => fx.subdistricts[0].communities[0];

  it('a subdistrict admin creates a community and a village under the subdistrict', async () => {
    const community = await admin.post('/api/territory/units', {
      parentId: sub0().id,
      kind: 'community',
      name: '新街坊社区',
      code: '410102004011',
    });
    expect(community.statusCode, community.body).toBe(200);
    expect(readJson<UnitView>(community)).toMatchObject({
      parentId: sub0().id,
      kind: 'community',
      gridKind: null,
      name: '新街坊社区',
      code: '410102004011',
      validFrom: localToday(systemClock),
      validTo: null,
      mergedIntoId: null,
      abilities: { update: true, createChild: true, merge: true },
    });
    const village = await admin.post('/api/territory/units', {
      parentId: sub0().id,
      kind: 'village',
      name: '南寨村',
      validFrom: '2015-01-01',
    });
    expect(village.statusCode, village.body).toBe(200);
    const v = readJson<UnitView>(village);
    expect(v).toMatchObject({
      parentId: sub0().id,
      kind: 'village',
      name: '南寨村',
      validFrom: '2015-01-01',
      code: null,
    });

    const row = await ctx.deps.db
      .selectFrom('org_units')
      .select(['path', 'parent_id'])
      .where('id', '=', v.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ path: `${sub0().path}${v.id}/`, parent_id: sub0().id });
    const links = await ctx.deps.db
      .selectFrom('org_unit_links')
      .select(['parent_id', 'valid_from', 'valid_to'])
      .where('unit_id', '=', v.id)
      .execute();
    expect(links).toEqual([{ parent_id: sub0().id, valid_from: '2015-01-01', valid_to: null }]);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('subject_id', '=', v.id)
      .execute();
    expect(audit).toEqual([{ actor_id: admin.userId, action: 'territory.create' }]);
  });

  it('a community secretary creates regular and dedicated grids and a micro-grid in their community', async () => {
    const regular = await secretary.post('/api/territory/units', {
      parentId: c0().id,
      kind: 'grid',
      name: '甲一C网格',
    });
    expect(regular.statusCode, regular.body).toBe(200);
    const r = readJson<UnitView>(regular);
    expect(r).toMatchObject({ parentId: c0().id, kind: 'grid', gridKind: 'regular', name: '甲一C网格' });
    // A community secretary may build inside the community but not merge communities.
    expect(r.abilities).toEqual({ update: true, createChild: true, merge: false });

    const dedicated = await secretary.post('/api/territory/units', {
      parentId: c0().id,
      kind: 'grid',
      gridKind: 'dedicated',
      name: '郑州第十九中学专属网格',
    });
    expect(dedicated.statusCode, dedicated.body).toBe(200);
    expect(readJson<UnitView>(dedicated)).toMatchObject({ kind: 'grid', gridKind: 'dedicated', parentId: c0().id });

    const micro = await secretary.post('/api/territory/units', {
      parentId: r.id,
      kind: 'micro_grid',
      name: '甲一C网格1号微网格',
    });
    expect(micro.statusCode, micro.body).toBe(200);
    const m = readJson<UnitView>(micro);
    expect(m).toMatchObject({ parentId: r.id, kind: 'micro_grid', gridKind: null });
    expect(m.abilities.createChild).toBe(false);
  });

  it('a unit under a parent of the wrong kind → 409 INVALID_MOVE and nothing written', async () => {
    const grid = c0().grids[0];
    const before = await Promise.all([
      countRows(ctx.deps, 'org_units'),
      countRows(ctx.deps, 'org_unit_links'),
      countRows(ctx.deps, 'audit_log'),
    ]);
    const cases: [Client, Record<string, unknown>][] = [
      [admin, { parentId: sub0().id, kind: 'grid', name: '直属网格' }],
      [admin, { parentId: c0().id, kind: 'community', name: '社区中的社区' }],
      [admin, { parentId: c0().id, kind: 'micro_grid', name: '越级微网格' }],
      [secretary, { parentId: grid.id, kind: 'grid', name: '网格中的网格' }],
      [secretary, { parentId: grid.id, kind: 'village', name: '网格中的村' }],
    ];
    for (const [client, body] of cases) {
      const res = await client.post('/api/territory/units', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(409);
      expect(readJson<ErrorBody>(res).code).toBe('INVALID_MOVE');
    }
    const microRes = await secretary.post('/api/territory/units', {
      parentId: grid.id,
      kind: 'micro_grid',
      name: '微网格A',
    });
    const microId = readJson<UnitView>(microRes).id;
    const deeper = await secretary.post('/api/territory/units', {
      parentId: microId,
      kind: 'micro_grid',
      name: '微网格中的微网格',
    });
    expect(deeper.statusCode).toBe(409);
    expect(readJson<ErrorBody>(deeper).code).toBe('INVALID_MOVE');

    const after = await Promise.all([
      countRows(ctx.deps, 'org_units'),
      countRows(ctx.deps, 'org_unit_links'),
      countRows(ctx.deps, 'audit_log'),
    ]);
    expect(after).toEqual(before.map((n) => n + 1)); // only the one valid micro-grid
  });

  it('a subdistrict cannot be created through the API, and a secretary cannot build outside the community (404)', async () => {
    const sub = await admin.post('/api/territory/units', { parentId: sub0().id, kind: 'subdistrict', name: '新街道' });
    expect(sub.statusCode).toBe(400);
    expect(readJson<ErrorBody>(sub).code).toBe('VALIDATION');

    const sibling = await secretary.post('/api/territory/units', {
      parentId: sub0().communities[1].id,
      kind: 'grid',
      name: '越权网格',
    });
    expect(sibling.statusCode).toBe(404);
    const up = await secretary.post('/api/territory/units', {
      parentId: sub0().id,
      kind: 'community',
      name: '越权社区',
    });
    expect(up.statusCode).toBe(404);
    const foreign = await admin.post('/api/territory/units', {
      parentId: fx.subdistricts[1].communities[0].id,
      kind: 'grid',
      name: '他街道网格',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('renaming a unit (PATCH) is audited with before and after', async () => {
    const grid = c0().grids[1];
    const res = await secretary.patch(`/api/territory/units/${grid.id}`, {
      name: '甲一B网格（锦艺苑）',
      code: '410102004003',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(readJson<UnitView>(res)).toMatchObject({ id: grid.id, name: '甲一B网格（锦艺苑）', code: '410102004003' });
    const fresh = readJson<UnitView>(await secretary.get(`/api/territory/units/${grid.id}`));
    expect(fresh.name).toBe('甲一B网格（锦艺苑）');

    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'territory.update')
      .where('subject_id', '=', grid.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: secretary.userId,
      actor_role: 'community_secretary',
      org_path: grid.path,
      result: 'success',
    });
    expect(JSON.parse(audit[0].changes ?? '{}')).toEqual({
      before: { name: '甲一B网格', code: null },
      after: { name: '甲一B网格（锦艺苑）', code: '410102004003' },
    });

    const badCode = await secretary.patch(`/api/territory/units/${grid.id}`, { code: '4101' });
    expect(badCode.statusCode).toBe(400);
    expect(readJson<ErrorBody>(badCode).issues).toEqual([{ path: 'body.code', message: '行政区划代码无效' }]);
    const other = await secretary.patch(`/api/territory/units/${sub0().communities[1].grids[0].id}`, { name: '改名' });
    expect(other.statusCode).toBe(404);
  });

  it('tree listing: each user sees their subtree with parents', async () => {
    const mine = readJson<UnitList>(await secretary.get('/api/territory/units'));
    expect(mine.at).toBe(localToday(systemClock));
    const ids = mine.items.map((u) => u.id);
    expect(ids).toContain(c0().id);
    expect(ids).toEqual(expect.arrayContaining(c0().grids.map((g) => g.id)));
    expect(ids).not.toContain(sub0().id);
    expect(ids).not.toContain(sub0().communities[1].id);
    for (const u of mine.items) {
      if (u.id === c0().id) expect(u.parentId).toBe(sub0().id);
      else expect(ids).toContain(u.parentId);
    }
    // c0 + 2 fixture grids + regular + dedicated grid + 2 micro-grids created above
    expect(mine.items.map((u) => u.kind).sort()).toEqual([
      'community',
      'grid',
      'grid',
      'grid',
      'grid',
      'micro_grid',
      'micro_grid',
    ]);

    const all = readJson<UnitList>(await admin.get('/api/territory/units'));
    const byId = new Map(all.items.map((u) => [u.id, u]));
    expect(byId.get(sub0().id)?.parentId).toBeNull();
    for (const c of sub0().communities) {
      expect(byId.get(c.id)?.parentId).toBe(sub0().id);
      for (const g of c.grids) expect(byId.get(g.id)?.parentId).toBe(c.id);
    }
    expect(all.items.some((u) => u.id === fx.subdistricts[1].id)).toBe(false);
    expect(
      all.items
        .filter((u) => u.kind === 'community')
        .map((u) => u.name)
        .sort(),
    ).toEqual(['新街坊社区', '甲一社区', '甲二社区'].sort());
    expect(all.items.filter((u) => u.kind === 'village').map((u) => u.name)).toEqual(['南寨村']);
  });

  it('buildings and households are created and listed under a grid', async () => {
    const grid = c0().grids[0];
    const b = await secretary.post('/api/territory/buildings', {
      gridId: grid.id,
      name: '2号楼',
      address: '秦岭路88号院2号楼',
    });
    expect(b.statusCode, b.body).toBe(200);
    const building = readJson<Building>(b);
    expect(building).toMatchObject({ gridId: grid.id, name: '2号楼', address: '秦岭路88号院2号楼' });

    const buildings = readJson<{ items: Building[] }>(
      await secretary.get(`/api/territory/buildings?gridId=${grid.id}`),
    );
    expect(buildings.items.map((x) => [x.id, x.name])).toEqual([
      [grid.buildingId, '1号楼'],
      [building.id, '2号楼'],
    ]);

    const h = await secretary.post('/api/territory/households', {
      gridId: grid.id,
      buildingId: building.id,
      address: '秦岭路88号院2号楼201',
    });
    expect(h.statusCode, h.body).toBe(200);
    const household = readJson<Household>(h);
    expect(household).toMatchObject({ gridId: grid.id, buildingId: building.id, residentCount: 0 });
    const loose = await secretary.post('/api/territory/households', {
      gridId: grid.id,
      address: '秦岭路88号院平房3号',
    });
    expect(loose.statusCode).toBe(200);
    expect(readJson<Household>(loose).buildingId).toBeNull();

    const households = readJson<{ items: Household[] }>(
      await secretary.get(`/api/territory/households?gridId=${grid.id}`),
    );
    const counts = Object.fromEntries(households.items.map((x) => [x.id, x.residentCount]));
    expect(counts).toEqual({ [grid.householdId]: 3, [household.id]: 0, [readJson<Household>(loose).id]: 0 });

    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', 'in', [building.id, household.id])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['building.create', 'household.create']);
  });

  it('a household in a building of another grid → 404 and nothing written; non-grid or foreign grids are refused', async () => {
    const [g0, g1] = c0().grids;
    const before = await countRows(ctx.deps, 'households');
    const res = await secretary.post('/api/territory/households', {
      gridId: g0.id,
      buildingId: g1.buildingId,
      address: '错位的户',
    });
    expect(res.statusCode).toBe(404);
    expect(readJson<ErrorBody>(res).code).toBe('NOT_FOUND');
    expect(await countRows(ctx.deps, 'households')).toBe(before);

    const onCommunity = await secretary.post('/api/territory/buildings', {
      gridId: c0().id,
      name: '社区楼',
      address: '社区地址',
    });
    expect(onCommunity.statusCode).toBe(400);
    expect(readJson<ErrorBody>(onCommunity).code).toBe('VALIDATION');
    const foreign = await secretary.post('/api/territory/buildings', {
      gridId: sub0().communities[1].grids[0].id,
      name: '外楼',
      address: '外地址',
    });
    expect(foreign.statusCode).toBe(404);
    const foreignList = await secretary.get(`/api/territory/buildings?gridId=${sub0().communities[1].grids[0].id}`);
    expect(foreignList.statusCode).toBe(404);
  });
});

describe('territory: merging communities with history', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let before2019: Dashboard;
  let drillBefore: Dashboard;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    before2019 = readJson<Dashboard>(await admin.get('/api/dashboard/home?at=2019-12-31'));
    drillBefore = readJson<Dashboard>(
      await admin.get(`/api/dashboard/home?at=2019-12-31&unitId=${fx.subdistricts[0].communities[0].id}`),
    );
  });

  const sub0 = () => fx.subdistricts[0];
  const target = () => fx.subdistricts[0].communities[0];
  const source = () => fx.subdistricts[0].communities[1];

  it('the statistics before any merge are as the fixture built them', () => {
    expect(before2019.communities).toBe(2);
    expect(before2019.grids).toBe(4);
    expect(before2019.residents).toBe(12);
    expect(before2019.perCommunity.map((c) => [c.unitId, c.grids, c.residents]).sort()).toEqual(
      [
        [target().id, 2, 6],
        [source().id, 2, 6],
      ].sort(),
    );
    expect(drillBefore).toMatchObject({ communities: 1, grids: 2, residents: 6 });
  });

  it('a community secretary may not merge (403), and nothing changes', async () => {
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', source().id);
    const res = await secretary.post(`/api/territory/units/${source().id}/merge`, {
      targetId: target().id,
      effectiveDate: '2020-06-01',
    });
    expect(res.statusCode).toBe(403);
    expect(readJson<ErrorBody>(res).code).toBe('FORBIDDEN');
    const unit = await ctx.deps.db
      .selectFrom('org_units')
      .select(['valid_to', 'merged_into_id'])
      .where('id', '=', source().id)
      .executeTakeFirstOrThrow();
    expect(unit).toEqual({ valid_to: null, merged_into_id: null });
    const denied = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['result', 'subject_id'])
      .where('action', '=', 'access.denied')
      .where('actor_id', '=', secretary.userId)
      .execute();
    expect(denied).toEqual([{ result: 'denied', subject_id: 'POST /api/territory/units/:id/merge' }]);
  });

  it('merging into itself → 409; into another subdistrict → 404 (out of scope) or 409 (system actor); a grid → 409', async () => {
    const self = await admin.post(`/api/territory/units/${source().id}/merge`, {
      targetId: source().id,
      effectiveDate: '2020-06-01',
    });
    expect(self.statusCode).toBe(409);
    expect(readJson<ErrorBody>(self).code).toBe('INVALID_MOVE');

    const across = await admin.post(`/api/territory/units/${source().id}/merge`, {
      targetId: fx.subdistricts[1].communities[0].id,
      effectiveDate: '2020-06-01',
    });
    expect(across.statusCode).toBe(404);
    expect(readJson<ErrorBody>(across).code).toBe('NOT_FOUND');
    await expect(
      mergeUnit(ctx.deps, systemActor(), source().id, {
        targetId: fx.subdistricts[1].communities[0].id,
        effectiveDate: '2020-06-01',
      }),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === 'INVALID_MOVE');

    const grid = await admin.post(`/api/territory/units/${source().grids[0].id}/merge`, {
      targetId: source().grids[1].id,
      effectiveDate: '2020-06-01',
    });
    expect(grid.statusCode).toBe(409);
    expect(readJson<ErrorBody>(grid).code).toBe('INVALID_MOVE');

    const links = await ctx.deps.db
      .selectFrom('org_unit_links')
      .select('valid_to')
      .where(
        'unit_id',
        'in',
        source().grids.map((g) => g.id),
      )
      .execute();
    expect(links.map((l) => l.valid_to)).toEqual([null, null]);
  });

  it('merges community 1 into community 0 from 2020-06-01', async () => {
    const res = await admin.post(`/api/territory/units/${source().id}/merge`, {
      targetId: target().id,
      effectiveDate: '2020-06-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(readJson<UnitView>(res)).toMatchObject({ id: target().id, kind: 'community', validTo: null });

    const src = await ctx.deps.db
      .selectFrom('org_units')
      .select(['valid_to', 'merged_into_id'])
      .where('id', '=', source().id)
      .executeTakeFirstOrThrow();
    expect(src).toEqual({ valid_to: '2020-06-01', merged_into_id: target().id });
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'territory.merge')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: admin.userId, subject_id: source().id });
    expect(JSON.parse(audit[0].changes ?? '{}')).toEqual({
      targetId: target().id,
      effectiveDate: '2020-06-01',
      movedUnits: expect.arrayContaining(source().grids.map((g) => g.id)),
    });

    const again = await admin.post(`/api/territory/units/${source().id}/merge`, {
      targetId: target().id,
      effectiveDate: '2021-01-01',
    });
    expect(again.statusCode).toBe(409);
  });

  it('parent-at names the old community the day before and the new one from the effective date', async () => {
    const grid = source().grids[0];
    const dayBefore = readJson<ParentAt>(await admin.get(`/api/territory/units/${grid.id}/parent-at?date=2020-05-31`));
    expect(dayBefore).toEqual({ date: '2020-05-31', parent: { id: source().id, name: '甲二社区', kind: 'community' } });
    const onDay = readJson<ParentAt>(await admin.get(`/api/territory/units/${grid.id}/parent-at?date=2020-06-01`));
    expect(onDay).toEqual({ date: '2020-06-01', parent: { id: target().id, name: '甲一社区', kind: 'community' } });
    const beforeExisting = readJson<ParentAt>(
      await admin.get(`/api/territory/units/${grid.id}/parent-at?date=2009-12-31`),
    );
    expect(beforeExisting.parent).toBeNull();
  });

  it('history lists both links in order', async () => {
    for (const grid of source().grids) {
      const history = readJson<History>(await admin.get(`/api/territory/units/${grid.id}/history`));
      expect(history.items).toEqual([
        { parentId: source().id, parentName: '甲二社区', validFrom: '2010-01-01', validTo: '2020-06-01' },
        { parentId: target().id, parentName: '甲一社区', validFrom: '2020-06-01', validTo: null },
      ]);
    }
    const own = readJson<History>(await admin.get(`/api/territory/units/${source().id}/history`));
    expect(own.items).toEqual([
      { parentId: sub0().id, parentName: '甲街道', validFrom: '2010-01-01', validTo: '2020-06-01' },
    ]);
  });

  it("the tree on 2020-05-31 still shows the source community with its grids; today's tree shows them under the target", async () => {
    const past = readJson<UnitList>(await admin.get('/api/territory/units?at=2020-05-31'));
    expect(past.at).toBe('2020-05-31');
    const pastById = new Map(past.items.map((u) => [u.id, u]));
    expect(pastById.get(source().id)).toMatchObject({
      kind: 'community',
      name: '甲二社区',
      validTo: '2020-06-01',
      mergedIntoId: target().id,
    });
    expect(pastById.get(source().id)?.abilities).toEqual({ update: false, createChild: false, merge: false });
    for (const g of source().grids) expect(pastById.get(g.id)?.parentId).toBe(source().id);
    for (const g of target().grids) expect(pastById.get(g.id)?.parentId).toBe(target().id);

    const now = readJson<UnitList>(await admin.get('/api/territory/units'));
    const nowById = new Map(now.items.map((u) => [u.id, u]));
    expect(nowById.has(source().id)).toBe(false);
    for (const g of [...source().grids, ...target().grids]) expect(nowById.get(g.id)?.parentId).toBe(target().id);
    expect(now.items.filter((u) => u.kind === 'community').map((u) => u.id)).toEqual([target().id]);
  });

  it("past statistics do not change; today's move the residents to the target", async () => {
    const after2019 = readJson<Dashboard>(await admin.get('/api/dashboard/home?at=2019-12-31'));
    expect(after2019).toEqual(before2019);

    const today = readJson<Dashboard>(await admin.get('/api/dashboard/home'));
    expect(today.communities).toBe(1);
    expect(today.grids).toBe(4);
    expect(today.residents).toBe(12);
    expect(today.perCommunity.map((c) => [c.unitId, c.grids, c.residents])).toEqual([[target().id, 4, 12]]);

    // The day before and the effective day themselves.
    const dayBefore = readJson<Dashboard>(await admin.get('/api/dashboard/home?at=2020-05-31'));
    expect(dayBefore.perCommunity.map((c) => [c.unitId, c.grids, c.residents]).sort()).toEqual(
      [
        [target().id, 2, 6],
        [source().id, 2, 6],
      ].sort(),
    );
    const onDay = readJson<Dashboard>(await admin.get('/api/dashboard/home?at=2020-06-01'));
    expect(onDay.perCommunity.map((c) => [c.unitId, c.grids, c.residents])).toEqual([[target().id, 4, 12]]);
  });

  it('drilling into either community for a past date counts only what belonged to it then', async () => {
    const drillAfter = readJson<Dashboard>(await admin.get(`/api/dashboard/home?at=2019-12-31&unitId=${target().id}`));
    expect({ grids: drillAfter.grids, residents: drillAfter.residents, perCommunity: drillAfter.perCommunity }).toEqual(
      { grids: drillBefore.grids, residents: drillBefore.residents, perCommunity: drillBefore.perCommunity },
    );
    expect(drillAfter).toMatchObject({ communities: 1, grids: 2, residents: 6 });

    const sourcePast = readJson<Dashboard>(await admin.get(`/api/dashboard/home?at=2019-12-31&unitId=${source().id}`));
    expect(sourcePast).toMatchObject({ communities: 1, grids: 2, residents: 6 });
    expect(sourcePast.perCommunity.map((c) => [c.unitId, c.grids, c.residents])).toEqual([[source().id, 2, 6]]);

    // The target's own secretary sees the same past figures as the drill-down.
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', target().id);
    const own = readJson<Dashboard>(await secretary.get('/api/dashboard/home?at=2019-12-31'));
    expect(own).toMatchObject({ communities: 1, grids: 2, residents: 6 });
    const ownToday = readJson<Dashboard>(await secretary.get('/api/dashboard/home'));
    expect(ownToday).toMatchObject({ communities: 1, grids: 4, residents: 12 });
  });

  it('a merge dated on or before the last change → 400 VALIDATION and nothing changes', async () => {
    const sub1 = fx.subdistricts[1];
    const [t1, s1] = sub1.communities;
    const admin1 = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', sub1.id);
    const created = await admin1.post('/api/territory/units', {
      parentId: s1.id,
      kind: 'grid',
      name: '乙二C网格',
      validFrom: '2021-03-01',
    });
    expect(created.statusCode, created.body).toBe(200);

    for (const effectiveDate of ['2021-02-28', '2021-03-01', '2009-01-01']) {
      const res = await admin1.post(`/api/territory/units/${s1.id}/merge`, { targetId: t1.id, effectiveDate });
      expect(res.statusCode, effectiveDate).toBe(400);
      const body = readJson<ErrorBody>(res);
      expect(body.code).toBe('VALIDATION');
      expect(body.issues).toEqual([{ path: 'body.effectiveDate', message: '生效日期不能早于上一次调整' }]);
    }
    const future = await admin1.post(`/api/territory/units/${s1.id}/merge`, {
      targetId: t1.id,
      effectiveDate: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(readJson<ErrorBody>(future).code).toBe('VALIDATION');

    const unit = await ctx.deps.db
      .selectFrom('org_units')
      .select(['valid_to', 'merged_into_id'])
      .where('id', '=', s1.id)
      .executeTakeFirstOrThrow();
    expect(unit).toEqual({ valid_to: null, merged_into_id: null });
    const open = await ctx.deps.db
      .selectFrom('org_unit_links')
      .select('parent_id')
      .where(
        'unit_id',
        'in',
        s1.grids.map((g) => g.id),
      )
      .where('valid_to', 'is', null)
      .execute();
    expect(open.map((l) => l.parent_id)).toEqual([s1.id, s1.id]);

    const ok = await admin1.post(`/api/territory/units/${s1.id}/merge`, {
      targetId: t1.id,
      effectiveDate: '2021-03-02',
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
