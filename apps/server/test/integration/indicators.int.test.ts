import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestContext, countRows, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { advance, daysAgo, installDecisions, openAssigned, type HallTemplates } from '../decisions-support.ts';
import { installIntegrity, openRelief } from '../integrity-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createWorker } from '../../src/features/workers/workers.service.ts';
import { recordStep } from '../../src/features/integrity/exercises.write.service.ts';
import { submitComplaint } from '../../src/features/integrity/complaints.public.service.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { today as localToday } from '../../src/platform/local-date.ts';

/**
 * Every implemented indicator computed from the small fixture with hand-checkable numbers:
 * subdistrict 甲 has 2 communities × 2 grids × 3 residents and one agency worker sunk into each community.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Values {
  unit: { id: string };
  period: { from: string; to: string };
  comparison: { from: string; to: string } | null;
  values: { code: string; value: number | null; compare: number | null; meetsTarget: boolean | null }[];
}
interface Children {
  rows: { unit: { id: string; name: string }; hasChildren: boolean; values: (number | null)[] }[];
  codes: string[];
}

describe('indicators computed from detail records', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let templates: [HallTemplates, HallTemplates];
  // The period ends on today's Asia/Shanghai day, the day records written now count on.
  const today = localToday(systemClock);
  const wide = `from=2020-01-01&to=${today}`;
  const valuesOf = async (client: Client, query: string) => {
    const v = readJson<Values>(await client.get(`/api/indicators/values?${query}`));
    return Object.fromEntries(v.values.map((x) => [x.code, x.value]));
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    templates = await installDecisions(ctx.deps, fx);
    await installIntegrity(ctx.deps, fx);
    const sub = fx.subdistricts[0];
    // one more agency worker who stays at the subdistrict office: 3 agency staff, 2 of them sunk
    await createWorker(ctx.deps, systemActor(), {
      name: '机关干部',
      unitId: sub.id,
      post: '科员',
      origin: 'agency',
      isFirstSecretary: false,
      joinedOn: '2015-01-01',
    });
    // community 一: 3 matters opened (two 90 days ago, one 10 days ago), one of them solved; community 二: 1 matter
    const [c1, c2] = sub.communities;
    const m1 = await openAssigned(ctx.deps, c1.id, templates[0].community, { openedOn: daysAgo(90) });
    await openAssigned(ctx.deps, c1.id, templates[0].community, { openedOn: daysAgo(90) });
    await openAssigned(ctx.deps, c1.id, templates[0].community, { openedOn: daysAgo(10) });
    await openAssigned(ctx.deps, c2.id, templates[0].community, { openedOn: daysAgo(80) });
    await advance(ctx.deps, m1.id, 99, daysAgo(85));
    // community 一: 2 exercises, one with a skipped step (→ 1 alert); one complaint in community 二
    await openRelief(ctx.deps, c1.id);
    const skipped = await openRelief(ctx.deps, c1.id);
    await recordStep(ctx.deps, systemActor(), skipped.id, { stepSeq: 1, evidence: [] });
    await recordStep(ctx.deps, { ...systemActor(), userId: 'other', displayName: '他人' }, skipped.id, {
      stepSeq: 3,
      evidence: [],
    });
    await submitComplaint(
      ctx.deps,
      { ip: '10.0.0.1', requestId: 't' },
      { unitId: c2.id, targetKind: 'organisation', targetText: '某事', content: '内容', anonymous: true },
    );
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', sub.id);
  });

  it('territory, residents and staff of the subdistrict', async () => {
    const v = await valuesOf(admin, wide);
    expect(v['territory.communities']).toBe(2);
    expect(v['territory.grids']).toBe(4);
    expect(v['people.residents']).toBe(12);
    expect(v['workers.community_staff']).toBe(2);
    expect(v['workers.per_community']).toBe(1);
    expect(v['workers.agency_staff']).toBe(3);
    expect(v['workers.sunk_cadres']).toBe(2);
    expect(v['workers.sunk_share']).toBe(0.667);
  });

  it('the worker target (more than 20 per community) is not met by 1 per community', async () => {
    const v = readJson<Values>(await admin.get(`/api/indicators/values?${wide}`));
    expect(v.values.find((x) => x.code === 'workers.per_community')?.meetsTarget).toBe(false);
  });

  it('deliberation and supervision flows count records dated inside the period', async () => {
    const v = await valuesOf(admin, wide);
    expect(v['decisions.matters']).toBe(4);
    expect(v['decisions.solved']).toBe(1);
    expect(v['integrity.power_items']).toBe(1);
    expect(v['integrity.exercises']).toBe(2);
    expect(v['integrity.alerts']).toBeGreaterThanOrEqual(1);
    expect(v['integrity.complaints']).toBe(1);
    // the last 30 days hold only the matter opened 10 days ago
    const recent = await valuesOf(admin, `from=${daysAgo(30)}&to=${today}`);
    expect(recent['decisions.matters']).toBe(1);
  });

  it('a community sees its own figures; stocks stay, flows follow the period; subdistrict-only indicators are empty there', async () => {
    const c1 = fx.subdistricts[0].communities[0];
    const v = await valuesOf(admin, `unitId=${c1.id}&${wide}`);
    expect(v['territory.grids']).toBe(2);
    expect(v['people.residents']).toBe(6);
    expect(v['decisions.matters']).toBe(3);
    expect(v['integrity.exercises']).toBe(2);
    expect(v['integrity.complaints']).toBe(0);
    expect(v['workers.sunk_share']).toBeNull();
  });

  it('the comparison period sits beside the values (previous period of equal length, or a year earlier)', async () => {
    const v = readJson<Values>(
      await admin.get(`/api/indicators/values?from=${daysAgo(30)}&to=${today}&compare=previous`),
    );
    expect(v.comparison?.to).toBe(daysAgo(31));
    expect(v.values.find((x) => x.code === 'decisions.matters')?.compare).toBe(0);
    const y = readJson<Values>(await admin.get('/api/indicators/values?from=2025-01-01&to=2025-12-31&compare=year'));
    expect(y.comparison).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    const none = readJson<Values>(await admin.get('/api/indicators/values?compare=none'));
    expect(none.comparison).toBeNull();
  });

  it('drill-down: subdistrict → communities → grids', async () => {
    const sub = readJson<Children>(await admin.get(`/api/indicators/children?${wide}`));
    expect(sub.rows.map((r) => r.unit.name).sort()).toEqual(['甲一社区', '甲二社区']);
    expect(sub.rows.every((r) => r.hasChildren)).toBe(true);
    const residents = sub.codes.indexOf('people.residents');
    expect(sub.rows.map((r) => r.values[residents])).toEqual([6, 6]);
    const c1 = fx.subdistricts[0].communities[0];
    const grids = readJson<Children>(await admin.get(`/api/indicators/children?unitId=${c1.id}&${wide}`));
    expect(grids.rows.map((r) => r.values[residents])).toEqual([3, 3]);
  });

  it('ranking of communities, highest first', async () => {
    const r = readJson<{ rows: { unit: { name: string }; value: number }[] }>(
      await admin.get(`/api/indicators/decisions.matters/ranking?${wide}`),
    );
    expect(r.rows.map((x) => [x.unit.name, x.value])).toEqual([
      ['甲一社区', 3],
      ['甲二社区', 1],
    ]);
  });

  it('series by month: flows per month add up to the period total', async () => {
    const from = `${daysAgo(120).slice(0, 7)}-01`;
    const s = readJson<{ points: { month: string; value: number }[] }>(
      await admin.get(`/api/indicators/decisions.matters/series?from=${from}&to=${today}`),
    );
    expect(s.points.length).toBeGreaterThanOrEqual(4);
    expect(s.points.reduce((a, p) => a + p.value, 0)).toBe(4);
    const unknown = await admin.get('/api/indicators/nope.nothing/series');
    expect(unknown.statusCode).toBe(404);
  });

  it('adding a record through the API moves the figure', async () => {
    const c2 = fx.subdistricts[0].communities[1];
    const before = (await valuesOf(admin, wide))['integrity.complaints'];
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { unitId: c2.id, targetKind: 'organisation', targetText: '某事', content: '第二件', anonymous: true },
      remoteAddress: '10.9.9.9',
    });
    expect(res.statusCode).toBe(200);
    expect((await valuesOf(admin, wide))['integrity.complaints']).toBe((before as number) + 1);
  });

  it('out of scope is 404: a community secretary cannot read the other community or the other subdistrict', async () => {
    const [c1, c2] = fx.subdistricts[0].communities;
    const sec = await clientFor(ctx.app, ctx.deps, 'community_secretary', c1.id);
    expect((await sec.get(`/api/indicators/values?unitId=${c2.id}`)).statusCode).toBe(404);
    expect((await sec.get(`/api/indicators/children?unitId=${fx.subdistricts[1].id}`)).statusCode).toBe(404);
    const own = await valuesOf(sec, wide);
    expect(own['people.residents']).toBe(6);
  });

  it('bad periods are a localised 400', async () => {
    const res = await admin.request('GET', '/api/indicators/values?from=2025-02-01&to=2025-01-01', undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('start date');
    expect((await admin.get('/api/indicators/values?from=2025-13-01')).statusCode).toBe(400);
  });

  it('the drill-down table exports to .xlsx with the figures, and the export is audited', async () => {
    const audits = await countRows(ctx.deps, 'audit_log');
    const res = await admin.get(`/api/indicators/export.xlsx?${wide}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header[0]).toContain('单位');
    const col = header.findIndex((h) => h.startsWith('登记居民数')) + 1;
    expect(sheet.getRow(2).getCell(col).value).toBe('6');
    expect(await countRows(ctx.deps, 'audit_log')).toBe(audits + 1);
  });

  it('the annual report comes as .docx and as a PDF with an embedded Chinese font', async () => {
    const docx = await admin.get('/api/indicators/annual-report?year=2025&format=docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await admin.get('/api/indicators/annual-report?year=2025&format=pdf');
    expect(pdf.statusCode).toBe(200);
    const text = pdf.rawPayload.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(text).toMatch(/FontFile3|FontFile2/);
    expect(text).toContain('NotoSansHans');
    expect((await admin.get('/api/indicators/annual-report?year=1999&format=pdf')).statusCode).toBe(400);
  });

  it('each annual report is audited with its unit, year and format; a refused year writes nothing', async () => {
    const audits = await countRows(ctx.deps, 'audit_log');
    const res = await admin.get('/api/indicators/annual-report?year=2024&format=docx');
    expect(res.statusCode).toBe(200);
    // a Chinese file name with an ASCII fallback
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="report\.docx"; filename\*=UTF-8''%[0-9A-F]{2}.*2024.*\.docx$/,
    );
    expect(await countRows(ctx.deps, 'audit_log')).toBe(audits + 1);
    const last = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'changes'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last.action).toBe('indicator.report');
    expect(last.subject_id).toBe(fx.subdistricts[0].id);
    expect(JSON.parse(last.changes as string)).toEqual({ year: 2024, format: 'docx' });
    expect((await admin.get('/api/indicators/annual-report?year=1999&format=docx')).statusCode).toBe(400);
    expect(await countRows(ctx.deps, 'audit_log')).toBe(audits + 1);
  });

  it('a grid boundary is stored as GeoJSON, offered with the drill-down, and a bad one is refused with nothing written', async () => {
    const c1 = fx.subdistricts[0].communities[0];
    const grid = c1.grids[0];
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [113.6, 34.7],
          [113.61, 34.7],
          [113.61, 34.71],
          [113.6, 34.71],
          [113.6, 34.7],
        ],
      ],
    };
    const put = (body: unknown) => admin.request('PUT', `/api/territory/units/${grid.id}/boundary`, body);
    expect((await put({ boundary: square })).statusCode).toBe(200);
    const rows = readJson<{ rows: { unit: { id: string }; boundary: string | null }[] }>(
      await admin.get(`/api/indicators/children?unitId=${c1.id}`),
    ).rows;
    expect(JSON.parse(rows.find((r) => r.unit.id === grid.id)?.boundary ?? 'null')).toEqual(square);
    const audits = await countRows(ctx.deps, 'audit_log');
    expect((await put({ boundary: { type: 'Point', coordinates: [1, 2] } })).statusCode).toBe(400);
    expect(
      (
        await put({
          boundary: {
            type: 'Polygon',
            coordinates: [
              [
                [500, 1],
                [1, 1],
                [1, 2],
                [500, 1],
              ],
            ],
          },
        })
      ).statusCode,
    ).toBe(400);
    expect(await countRows(ctx.deps, 'audit_log')).toBe(audits);
    expect((await put({ boundary: null })).statusCode).toBe(200);
  });

  it("out of scope is 404 for writes too: a community secretary cannot set the other community's grid boundary; a leader cannot rebuild", async () => {
    const [c1, c2] = fx.subdistricts[0].communities;
    const sec = await clientFor(ctx.app, ctx.deps, 'community_secretary', c1.id);
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [113.6, 34.7],
          [113.61, 34.7],
          [113.61, 34.71],
          [113.6, 34.7],
        ],
      ],
    };
    const audits = await countRows(ctx.deps, 'audit_log');
    expect(
      (await sec.request('PUT', `/api/territory/units/${c2.grids[0].id}/boundary`, { boundary: square })).statusCode,
    ).toBe(404);
    // the attempt is audited as denied; nothing is written
    expect(await countRows(ctx.deps, 'audit_log')).toBe(audits + 1);
    const last = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['result'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.result).toBe('denied');
    const grid = await ctx.deps.db
      .selectFrom('org_units')
      .select('boundary')
      .where('id', '=', c2.grids[0].id)
      .executeTakeFirstOrThrow();
    expect(grid.boundary ?? null).toBeNull();
    expect(
      (await sec.request('PUT', `/api/territory/units/${c1.grids[0].id}/boundary`, { boundary: square })).statusCode,
    ).toBe(200);
    const leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', fx.subdistricts[0].id);
    expect((await leader.post('/api/indicators/rebuild')).statusCode).toBe(403);
  });

  it("the admin's rebuild recounts every counter and is audited", async () => {
    const audits = await countRows(ctx.deps, 'audit_log');
    const res = await admin.post('/api/indicators/rebuild');
    expect(res.statusCode).toBe(200);
    expect(readJson<{ counters: { counter: string }[] }>(res).counters.map((c) => c.counter)).toContain(
      'decisions.matters_opened',
    );
    expect(await countRows(ctx.deps, 'audit_log')).toBe(audits + 1);
    const v = await valuesOf(admin, wide);
    expect(v['decisions.matters']).toBe(4);
  });
});
