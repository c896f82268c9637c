import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { idNumberCheckChar, ROLE_PERMISSIONS, type ErrorBody, type ResidentView } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { scopeForUnitPath } from '../../src/features/auth/scope.ts';
import { exportResidents } from '../../src/features/residents/residents.export.ts';
import { headerFor } from '../../src/features/residents/residents.columns.ts';
import type { Actor } from '../../src/platform/actor.ts';
import { XLSX_MIME } from '../../src/platform/xlsx.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const withCheck = (first17: string): string => first17 + idNumberCheckChar(first17);
/** Same 17 digits, a wrong 18th character. */
const badCheck = (first17: string): string => first17 + (idNumberCheckChar(first17) === '1' ? '2' : '1');
/** An ID number whose check character is X, for the lower-case lookup. */
function idEndingInX(prefix: string): string {
  for (let seq = 100; seq < 1000; seq++) {
    const first17 = `${prefix}${seq}`;
    if (idNumberCheckChar(first17) === 'X') return `${first17}X`;
  }
  throw new Error('no X check digit found');
}

const ID_MSG_ZH = '身份证号码无效（须为18位且校验位正确）';
const ID_MSG_EN = 'Invalid ID number (18 characters with a valid check digit)';
const MOBILE_MSG_ZH = '手机号码无效（须为11位大陆手机号）';
const HEADER = headerFor('zh-CN');
const ID_COL = HEADER.indexOf('身份证号') + 1;
const PHONE_COL = HEADER.indexOf('手机号') + 1;
const ADDRESS_COL = HEADER.indexOf('住址') + 1;
const NAME_COL = HEADER.indexOf('姓名*') + 1;

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

async function makeXlsx(header: string[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('居民');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const rowOf = (
  values: Partial<
    Record<
      | 'name'
      | 'gender'
      | 'birthDate'
      | 'grid'
      | 'address'
      | 'idNumber'
      | 'phone'
      | 'isNeedy'
      | 'isElderly'
      | 'isDisabled',
      string
    >
  >,
): string[] => [
  values.name ?? '',
  values.gender ?? '',
  values.birthDate ?? '',
  values.grid ?? '',
  values.address ?? '',
  values.idNumber ?? '',
  values.phone ?? '',
  values.isNeedy ?? '',
  values.isElderly ?? '',
  values.isDisabled ?? '',
];

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

describe('residents', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let secretary: Client;
  let worker: Client;
  let searchGrid: { id: string; name: string };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[0].id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id);
    const grid = await secretary.post('/api/territory/units', {
      parentId: fx.subdistricts[0].communities[0].id,
      kind: 'grid',
      name: '甲一检索网格',
    });
    searchGrid = { id: readJson<{ id: string }>(grid).id, name: '甲一检索网格' };
  });

  const c0 = () => fx.subdistricts[0].communities[0];
  const count = (table: 'residents' | 'audit_log' | 'resident_grams') => countRows(ctx.deps, table);
  const names = (res: LightMyRequestResponse) =>
    readJson<Page<ResidentView>>(res)
      .items.map((r) => r.name)
      .sort();
  const auditOf = (action: string) =>
    ctx.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();

  async function create(body: Record<string, unknown>, client: Client = secretary): Promise<ResidentView> {
    const res = await client.post('/api/residents', { gridId: searchGrid.id, ...body });
    expect(res.statusCode, res.body).toBe(200);
    return readJson<ResidentView>(res);
  }

  describe('create and validation', () => {
    it('an invalid ID number or mobile → 400 with localised issues, and nothing is written', async () => {
      const before = await Promise.all([count('residents'), count('audit_log'), count('resident_grams')]);
      const badId = badCheck('41010219800115123');

      const zh = await secretary.post('/api/residents', { name: '褚无效', gridId: searchGrid.id, idNumber: badId });
      expect(zh.statusCode).toBe(400);
      expect(readJson<ErrorBody>(zh)).toEqual({
        code: 'VALIDATION',
        message: '提交的数据有误，请检查后重试',
        issues: [{ path: 'body.idNumber', message: ID_MSG_ZH }],
      });
      expect(zh.body).not.toContain(badId);

      const en = await secretary.request(
        'POST',
        '/api/residents',
        { name: '褚无效', gridId: searchGrid.id, idNumber: badId },
        { 'accept-language': 'en-US,en;q=0.9' },
      );
      expect(en.statusCode).toBe(400);
      expect(readJson<ErrorBody>(en).issues).toEqual([{ path: 'body.idNumber', message: ID_MSG_EN }]);

      const phone = await secretary.post('/api/residents', {
        name: '褚无效',
        gridId: searchGrid.id,
        phone: '12345678901',
      });
      expect(phone.statusCode).toBe(400);
      expect(readJson<ErrorBody>(phone).issues).toEqual([{ path: 'body.phone', message: MOBILE_MSG_ZH }]);
      expect(phone.body).not.toContain('12345678901');

      const both = await secretary.post('/api/residents', {
        name: '褚无效',
        gridId: searchGrid.id,
        idNumber: '41010219800231123X',
        phone: '1381234567',
      });
      expect(both.statusCode).toBe(400);
      expect(readJson<ErrorBody>(both).issues).toEqual([
        { path: 'body.idNumber', message: ID_MSG_ZH },
        { path: 'body.phone', message: MOBILE_MSG_ZH },
      ]);

      const extra = await secretary.post('/api/residents', {
        name: '褚无效',
        gridId: searchGrid.id,
        createdBy: 'someone',
      });
      expect(extra.statusCode).toBe(400);

      expect(await Promise.all([count('residents'), count('audit_log'), count('resident_grams')])).toEqual(before);
    });

    it('a valid create derives birth date and gender from the ID number and masks ID and phone', async () => {
      const male = withCheck('41010219800115123');
      const r = await create({ name: '褚建峰', idNumber: male, phone: '13812345678', address: '秦岭路1号' });
      expect(r).toMatchObject({
        name: '褚建峰',
        gender: 'male',
        gridId: searchGrid.id,
        gridName: searchGrid.name,
        householdId: null,
        idNumberMasked: `410102********${male.slice(-4)}`,
        phoneMasked: '138****5678',
        abilities: { update: true, reveal: true },
      });
      expect(JSON.stringify(r)).not.toContain(male);

      const female = withCheck('41010219751231002');
      const f = await create({ name: '蔺秋月', idNumber: female });
      expect(f).toMatchObject({ gender: 'female' });

      const stored = await ctx.deps.db
        .selectFrom('residents')
        .selectAll()
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(stored.id_no_enc).not.toContain(male);
      expect(ctx.deps.cipher.decrypt('id_no', stored.id_no_enc ?? '')).toBe(male);
      const audit = await ctx.deps.db.selectFrom('audit_log').selectAll().where('subject_id', '=', r.id).execute();
      expect(audit.map((a) => [a.action, a.actor_id])).toEqual([['resident.create', secretary.userId]]);
      expect(audit[0].changes).not.toContain(male);
      expect(audit[0].changes).not.toContain('13812345678');
      // The birth date is what the ID mask hides: it is stored, and leaves only through the audited reveal.
      expect(r).not.toHaveProperty('birthDate');
      const born = async (id: string) =>
        readJson<{ birthDate: string | null }>(
          await secretary.post(`/api/residents/${id}/reveal`, { fields: ['birthDate'], reason: '核对出生日期' }),
        ).birthDate;
      expect([await born(r.id), await born(f.id)]).toEqual(['1980-01-15', '1975-12-31']);
    });

    it('a household of another grid → 404; a grid of another community → 404', async () => {
      const other = c0().grids[1];
      const res = await secretary.post('/api/residents', {
        name: '褚错户',
        gridId: c0().grids[0].id,
        householdId: other.householdId,
      });
      expect(res.statusCode).toBe(404);
      const foreign = await secretary.post('/api/residents', {
        name: '褚外区',
        gridId: fx.subdistricts[0].communities[1].grids[0].id,
      });
      expect(foreign.statusCode).toBe(404);
    });
  });

  describe('search and lookup', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      ids = {};
      const people: [string, string][] = [
        ['褚岚', '汝河路188号院3号楼'],
        ['聂晓峤', '伏牛路17号'],
        ['褚思远', '桐柏路9号院'],
        ['蔺褚', '嵩山路1号'],
      ];
      for (const [name, address] of people) ids[name] = (await create({ name, address })).id;
    });

    const search = (q: string) => secretary.get(`/api/residents?q=${encodeURIComponent(q)}`);

    it('by a full two-character name', async () => {
      const res = await search('褚岚');
      expect(res.statusCode).toBe(200);
      expect(readJson<Page<ResidentView>>(res).items.map((r) => r.id)).toEqual([ids.褚岚]);
      expect(readJson<Page<ResidentView>>(res).total).toBe(1);
    });

    it('by part of a three-character name', async () => {
      expect(names(await search('晓峤'))).toEqual(['聂晓峤']);
      expect(names(await search('聂晓'))).toEqual(['聂晓峤']);
    });

    it('by one character: the surname prefix only', async () => {
      expect(names(await search('褚'))).toEqual(['褚岚', '褚建峰', '褚思远'].sort());
      expect(names(await search('岚'))).toEqual([]);
    });

    it('one-character LIKE wildcards are literal characters', async () => {
      expect(readJson<Page<ResidentView>>(await search('%')).total).toBe(0);
      expect(readJson<Page<ResidentView>>(await search('_')).total).toBe(0);
      await create({ name: '%百分' });
      await create({ name: '_下划' });
      expect(names(await search('%'))).toEqual(['%百分']);
      expect(names(await search('_'))).toEqual(['_下划']);
    });

    it('by part of an address; characters must be contiguous; whitespace is ignored', async () => {
      expect(names(await search('汝河路188'))).toEqual(['褚岚']);
      expect(names(await search('伏牛'))).toEqual(['聂晓峤']);
      expect(names(await search('岚褚'))).toEqual([]);
      expect(names(await search('褚 岚'))).toEqual(['褚岚']);
    });

    it('search stays in scope: another community finds nothing', async () => {
      const other = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[1].id);
      const res = await other.get(`/api/residents?q=${encodeURIComponent('褚岚')}`);
      expect(readJson<Page<ResidentView>>(res).total).toBe(0);
    });

    it('exact lookup by ID number (POST /api/residents/lookup), case-insensitive check character', async () => {
      const id = idEndingInX('41010219900303');
      const r = await create({ name: '郜文雅', idNumber: id, phone: '15937112345' });
      const res = await secretary.post('/api/residents/lookup', { idNumber: id.toLowerCase() });
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson<{ items: ResidentView[] }>(res).items.map((x) => x.id)).toEqual([r.id]);
      const byPhone = await secretary.post('/api/residents/lookup', { phone: '15937112345' });
      expect(readJson<{ items: ResidentView[] }>(byPhone).items.map((x) => x.id)).toEqual([r.id]);
      const none = await secretary.post('/api/residents/lookup', { idNumber: withCheck('41010219900304999') });
      expect(readJson<{ items: ResidentView[] }>(none).items).toEqual([]);
      const outside = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[1].id);
      const hidden = await outside.post('/api/residents/lookup', { idNumber: id });
      expect(readJson<{ items: ResidentView[] }>(hidden).items).toEqual([]);
      const bad = await secretary.post('/api/residents/lookup', { idNumber: badCheck('41010219900303123') });
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('update and remove', () => {
    it('moving a resident to another grid clears the household; renaming updates the search', async () => {
      const [g0, g1] = c0().grids;
      const id = g0.residentIds[1];
      const before = readJson<ResidentView>(await secretary.get(`/api/residents/${id}`));
      expect(before.householdId).toBe(g0.householdId);

      const res = await secretary.patch(`/api/residents/${id}`, { gridId: g1.id });
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson<ResidentView>(res)).toMatchObject({ gridId: g1.id, gridName: '甲一B网格', householdId: null });
      const row = await ctx.deps.db
        .selectFrom('residents')
        .select(['grid_id', 'household_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ grid_id: g1.id, household_id: null });
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .selectAll()
        .where('subject_id', '=', id)
        .where('action', '=', 'resident.update')
        .execute();
      expect(audit).toHaveLength(1);
      expect((JSON.parse(audit[0].changes ?? '{}') as { fields: string[] }).fields.sort()).toEqual([
        'grid_id',
        'household_id',
      ]);

      // Into a household of the new grid in the same request.
      const back = await secretary.patch(`/api/residents/${id}`, { gridId: g0.id, householdId: g0.householdId });
      expect(readJson<ResidentView>(back)).toMatchObject({ gridId: g0.id, householdId: g0.householdId });

      const renamed = await secretary.patch(`/api/residents/${id}`, { name: '欧阳澜清' });
      expect(renamed.statusCode).toBe(200);
      expect(names(await secretary.get(`/api/residents?q=${encodeURIComponent('阳澜')}`))).toEqual(['欧阳澜清']);
      const byOldName = readJson<Page<ResidentView>>(
        await secretary.get(`/api/residents?q=${encodeURIComponent(before.name)}`),
      );
      expect(byOldName.items.map((x) => x.id)).not.toContain(id);
    });

    it('remove (DELETE) takes a resident out of lists, detail and lookup, keeps the row, and is audited', async () => {
      const id = withCheck('41010219660606101');
      const r = await create({ name: '褚待迁', idNumber: id });
      const res = await secretary.delete(`/api/residents/${r.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson(res)).toEqual({ ok: true });

      expect((await secretary.get(`/api/residents/${r.id}`)).statusCode).toBe(404);
      const list = readJson<Page<ResidentView>>(
        await secretary.get(`/api/residents?gridId=${searchGrid.id}&pageSize=200`),
      );
      expect(list.items.map((x) => x.id)).not.toContain(r.id);
      expect(names(await secretary.get(`/api/residents?q=${encodeURIComponent('待迁')}`))).toEqual([]);
      expect(
        readJson<{ items: unknown[] }>(await secretary.post('/api/residents/lookup', { idNumber: id })).items,
      ).toEqual([]);
      const row = await ctx.deps.db
        .selectFrom('residents')
        .select('removed_at')
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(row.removed_at).not.toBeNull();
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('subject_id', '=', r.id)
        .orderBy('seq')
        .execute();
      expect(audit).toEqual([
        { action: 'resident.create', actor_id: secretary.userId },
        { action: 'resident.remove', actor_id: secretary.userId },
      ]);
      expect((await secretary.delete(`/api/residents/${r.id}`)).statusCode).toBe(404);
    });
  });

  describe('import', () => {
    const importFile = (client: Client, body: Buffer) =>
      client.request('POST', '/api/residents/import', body, { 'content-type': XLSX_MIME });

    it('the template is an .xlsx with the header row and the grids in scope', async () => {
      const res = await secretary.get('/api/residents/import-template');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_MIME);
      expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
      const wb = await loadWorkbook(res.rawPayload);
      const sheet = wb.getWorksheet('居民');
      expect(sheet).toBeDefined();
      expect((sheet?.getRow(1).values as unknown[] | undefined)?.slice(1)).toEqual(HEADER);
      const grids = wb.getWorksheet('网格');
      const gridNames: string[] = [];
      grids?.eachRow((row, i) => {
        if (i > 1) gridNames.push(String(row.getCell(1).value));
      });
      expect(gridNames.sort()).toEqual(['甲一A网格', '甲一B网格', searchGrid.name].sort());
    });

    it('a valid file imports every row, audited per row', async () => {
      const ids = [withCheck('41010219560707001'), withCheck('41010219610808002'), withCheck('41010219991111003')];
      const file = await makeXlsx(HEADER, [
        rowOf({
          name: '凤导入',
          grid: '甲一A网格',
          address: '秦岭路5号',
          idNumber: ids[0],
          phone: '13700000001',
          isNeedy: '是',
        }),
        rowOf({ name: '凰导入', gender: '女', grid: '甲一B网格', idNumber: ids[1], isElderly: '是' }),
        rowOf({ name: '麟导入', grid: searchGrid.name, birthDate: '1999-11-11', idNumber: ids[2] }),
      ]);
      const residentsBefore = await count('residents');
      const importsBefore = (await auditOf('resident.import')).length;
      const res = await importFile(worker, file);
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson(res)).toEqual({ imported: 3 });
      expect(await count('residents')).toBe(residentsBefore + 3);

      const audit = await auditOf('resident.import');
      expect(audit.length - importsBefore).toBe(3);
      expect(audit.slice(-3).every((a) => a.actor_id === worker.userId && a.result === 'success')).toBe(true);
      const batch = await auditOf('resident.import_batch');
      expect(batch.map((b) => JSON.parse(b.changes ?? '{}'))).toEqual([{ rows: 3 }]);

      const found = readJson<{ items: ResidentView[] }>(
        await secretary.post('/api/residents/lookup', { idNumber: ids[0] }),
      ).items;
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        name: '凤导入',
        gridId: c0().grids[0].id,
        gender: 'male',
        isNeedy: true,
        isElderly: false,
        phoneMasked: '137****0001',
      });
      const second = readJson<{ items: ResidentView[] }>(
        await secretary.post('/api/residents/lookup', { idNumber: ids[1] }),
      ).items;
      expect(second[0]).toMatchObject({ name: '凰导入', gridId: c0().grids[1].id, gender: 'female', isElderly: true });
      const birthDates = await ctx.deps.db
        .selectFrom('residents')
        .select(['name', 'birth_date'])
        .where('name', 'in', ['凤导入', '麟导入'])
        .orderBy('name')
        .execute();
      expect(birthDates).toEqual([
        { name: '凤导入', birth_date: '1956-07-07' },
        { name: '麟导入', birth_date: '1999-11-11' },
      ]);
    });

    it('one bad row among good ones → 422 naming that row, and nothing is imported', async () => {
      const file = await makeXlsx(HEADER, [
        rowOf({ name: '甲好一', grid: '甲一A网格', idNumber: withCheck('41010219700101011') }),
        rowOf({ name: '甲好二', grid: '甲一A网格', idNumber: withCheck('41010219700101021') }),
        rowOf({ name: '甲坏三', grid: '甲一A网格', idNumber: badCheck('41010219700101031') }),
        rowOf({ name: '甲好四', grid: '甲一B网格', idNumber: withCheck('41010219700101041') }),
      ]);
      const before = await Promise.all([count('residents'), count('audit_log'), count('resident_grams')]);
      const res = await importFile(secretary, file);
      expect(res.statusCode).toBe(422);
      expect(readJson<ErrorBody>(res)).toEqual({
        code: 'IMPORT_ROWS_INVALID',
        message: '部分行有错误，未导入任何数据',
        rows: [{ row: 4, errors: [`idNumber: ${ID_MSG_ZH}`] }],
      });
      expect(await Promise.all([count('residents'), count('audit_log'), count('resident_grams')])).toEqual(before);
      expect(names(await secretary.get(`/api/residents?q=${encodeURIComponent('甲好')}`))).toEqual([]);
    });

    it('every bad row is reported: unknown grid, bad mobile, duplicate ID in the file and in the registry', async () => {
      const existing = withCheck('41010219560707001'); // imported above
      const dup = withCheck('41010219800808081');
      const file = await makeXlsx(HEADER, [
        rowOf({ name: '乙好一', grid: '甲一A网格' }),
        rowOf({ name: '乙外网格', grid: '甲二A网格' }),
        rowOf({ name: '乙坏手机', grid: '甲一A网格', phone: '2345' }),
        rowOf({ name: '乙重复甲', grid: '甲一A网格', idNumber: dup }),
        rowOf({ name: '乙重复乙', grid: '甲一A网格', idNumber: dup }),
        rowOf({ name: '乙已登记', grid: '甲一A网格', idNumber: existing }),
        rowOf({ name: '', grid: '甲一A网格', address: '无名' }),
      ]);
      const before = await count('residents');
      const res = await importFile(secretary, file);
      expect(res.statusCode).toBe(422);
      const body = readJson<ErrorBody>(res);
      expect(body.code).toBe('IMPORT_ROWS_INVALID');
      expect(body.rows?.map((r) => r.row)).toEqual([3, 4, 6, 7, 8]);
      expect(body.rows?.slice(0, 4)).toEqual([
        { row: 3, errors: ['网格不存在或不在您的管辖范围内'] },
        { row: 4, errors: [`phone: ${MOBILE_MSG_ZH}`] },
        { row: 6, errors: ['身份证号在文件中重复'] },
        { row: 7, errors: ['身份证号已登记'] },
      ]);
      expect(body.rows?.[4].errors).toHaveLength(1);
      expect(body.rows?.[4].errors[0]).toMatch(/^name: /);
      expect(res.body).not.toContain(existing);
      expect(await count('residents')).toBe(before);
    });

    it('a body that is not an .xlsx, or a sheet with another header → 400 BAD_FILE', async () => {
      const before = await count('audit_log');
      const junk = await importFile(secretary, Buffer.from('name,grid\n褚,甲一A网格\n'));
      expect(junk.statusCode).toBe(400);
      expect(readJson<ErrorBody>(junk)).toEqual({ code: 'BAD_FILE', message: '文件无法读取，请使用下载的模板' });
      const wrongHeader = await importFile(secretary, await makeXlsx(['名字', '网格'], [['褚', '甲一A网格']]));
      expect(wrongHeader.statusCode).toBe(400);
      expect(readJson<ErrorBody>(wrongHeader).code).toBe('BAD_FILE');
      expect(await count('audit_log')).toBe(before);
    });
  });

  describe('export', () => {
    let formulaIds: string[];
    beforeAll(async () => {
      formulaIds = [
        (await create({ name: '褚公式甲', address: '=HYPERLINK("http://evil.example/","点我")' })).id,
        (await create({ name: '褚公式乙', address: '+86-371-6666' })).id,
        (await create({ name: '@褚公式丙', address: '-1+1' })).id,
      ];
    });

    /** Full ID numbers of the current residents of community 0, straight from the database. */
    async function expectedIds(): Promise<{ full: string[]; masked: string[] }> {
      const rows = await ctx.deps.db
        .selectFrom('residents as r')
        .innerJoin('org_units as g', 'g.id', 'r.grid_id')
        .select(['r.id_no_enc', 'r.id_no_mask'])
        .where('g.path', 'like', `${c0().path}%`)
        .where('r.removed_at', 'is', null)
        .execute();
      return {
        full: rows.map((r) => (r.id_no_enc ? ctx.deps.cipher.decrypt('id_no', r.id_no_enc) : '')).sort(),
        masked: rows.map((r) => r.id_no_mask ?? '').sort(),
      };
    }

    function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((row, i) => {
        if (i > 1) rows.push(row);
      });
      return rows;
    }

    it('a community secretary (pi:reveal) exports full 18-character ID numbers as text, audited with the reason', async () => {
      const res = await secretary.post('/api/residents/export', { reason: '年度入户核查名单' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_MIME);
      expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
      const wb = await loadWorkbook(res.rawPayload);
      const sheet = wb.worksheets[0];
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
      const rows = dataRows(sheet);
      const expected = await expectedIds();
      expect(rows).toHaveLength(expected.full.length);
      const values = rows.map((r) => r.getCell(ID_COL).value);
      for (const v of values) if (v !== null && v !== '') expect(typeof v).toBe('string');
      const exportedIds = values.map((v) => String(v ?? ''));
      expect([...exportedIds].sort()).toEqual(expected.full);
      const nonEmpty = exportedIds.filter((v) => v !== '');
      expect(nonEmpty.length).toBeGreaterThanOrEqual(6);
      for (const v of nonEmpty) expect(v).toMatch(/^\d{17}[\dX]$/);
      const idCell = rows.find((r) => r.getCell(ID_COL).value)?.getCell(ID_COL);
      expect(idCell?.type).toBe(ExcelJS.ValueType.String);
      expect(idCell?.numFmt).toBe('@');
      expect(rows.some((r) => /^1[3-9]\d{9}$/.test(String(r.getCell(PHONE_COL).value ?? '')))).toBe(true);

      const audit = await auditOf('resident.export');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actor_id: secretary.userId,
        actor_role: 'community_secretary',
        reason: '年度入户核查名单',
        result: 'success',
        org_path: c0().path,
      });
      expect(JSON.parse(audit[0].changes ?? '{}')).toMatchObject({ personalData: true });
    });

    it('cells starting with = + - @ are exported with a leading apostrophe, never as formulas', async () => {
      const res = await secretary.post('/api/residents/export', { reason: '公式注入检查', q: '公式' });
      expect(res.statusCode).toBe(200);
      const rows = dataRows((await loadWorkbook(res.rawPayload)).worksheets[0]);
      const byName = new Map(rows.map((r) => [String(r.getCell(NAME_COL).value), r]));
      expect([...byName.keys()].sort()).toEqual(["'@褚公式丙", '褚公式乙', '褚公式甲'].sort());
      const address = (name: string) => byName.get(name)?.getCell(ADDRESS_COL);
      expect(address('褚公式甲')?.value).toBe(`'=HYPERLINK("http://evil.example/","点我")`);
      expect(address('褚公式乙')?.value).toBe("'+86-371-6666");
      expect(address("'@褚公式丙")?.value).toBe("'-1+1");
      for (const r of rows)
        for (const col of [NAME_COL, ADDRESS_COL]) {
          expect(r.getCell(col).type).not.toBe(ExcelJS.ValueType.Formula);
          expect(r.getCell(col).formula).toBeUndefined();
        }
      expect(formulaIds).toHaveLength(3);
    });

    it('without pi:reveal the export carries masked ID numbers and phones only', async () => {
      const actor: Actor = {
        ...systemActor(),
        userId: secretary.userId,
        role: 'community_secretary',
        scopeUnitId: c0().id,
        scope: scopeForUnitPath(c0().path),
        permissions: new Set(ROLE_PERMISSIONS.community_secretary.filter((p) => p !== 'pi:reveal')),
      };
      const buffer = await streamToBuffer(await exportResidents(ctx.deps, actor, { reason: '脱敏导出检查' }));
      const rows = dataRows((await loadWorkbook(buffer)).worksheets[0]);
      const expected = await expectedIds();
      expect(rows.map((r) => String(r.getCell(ID_COL).value ?? '')).sort()).toEqual(expected.masked);
      for (const r of rows) {
        const id = String(r.getCell(ID_COL).value ?? '');
        if (id) expect(id).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
        const phone = String(r.getCell(PHONE_COL).value ?? '');
        if (phone) expect(phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      }
      const audit = await auditOf('resident.export');
      expect(JSON.parse(audit[audit.length - 1].changes ?? '{}')).toMatchObject({ personalData: false });
    });

    it('a community worker (no resident:export) → 403, and no export is audited', async () => {
      const before = (await auditOf('resident.export')).length;
      const res = await worker.post('/api/residents/export', { reason: '想要导出名单' });
      expect(res.statusCode).toBe(403);
      expect(readJson<ErrorBody>(res).code).toBe('FORBIDDEN');
      expect((await auditOf('resident.export')).length).toBe(before);
      const denied = await ctx.deps.db
        .selectFrom('audit_log')
        .select('subject_id')
        .where('action', '=', 'access.denied')
        .where('actor_id', '=', worker.userId)
        .execute();
      expect(denied).toEqual([{ subject_id: 'POST /api/residents/export' }]);
    });

    it('an export without a reason, or with a too-short one → 400, nothing exported or audited', async () => {
      const before = await count('audit_log');
      const none = await secretary.post('/api/residents/export', {});
      expect(none.statusCode).toBe(400);
      expect(readJson<ErrorBody>(none).code).toBe('VALIDATION');
      expect(readJson<ErrorBody>(none).issues?.map((i) => i.path)).toEqual(['body.reason']);
      expect(none.headers['content-type']).not.toBe(XLSX_MIME);
      const short = await secretary.post('/api/residents/export', { reason: '  看看 ' });
      expect(short.statusCode).toBe(400);
      expect(readJson<ErrorBody>(short).issues).toEqual([{ path: 'body.reason', message: '请填写至少4个字的理由' }]);
      expect(await count('audit_log')).toBe(before);
    });
  });
});
