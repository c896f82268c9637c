import type { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE_MIN, idNumberCheckChar, ROLE_PERMISSIONS, ROLES, type Role, shanghaiDate } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { MATRIX_ROUTES, mayCall } from '../authorization-matrix.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { scopeForUnitPath } from '../../src/features/auth/scope.ts';
import { exportResidents } from '../../src/features/residents/residents.export.ts';
import type { Actor } from '../../src/platform/actor.ts';
import { readSheet } from '../../src/platform/xlsx.ts';

/**
 * No rebuilding: whatever a role without pi:reveal can read about a person, put together with the
 * 6+4 ID mask, the GB 11643 check character and the 3+4 phone mask, leaves at least 1,000 candidate
 * ID numbers and 1,000 candidate phones. Every response the role can provoke is read: every GET route
 * without path parameters it may call, the resident's detail, list, searches and filters, one exact
 * look-up, and the spreadsheet export as a role with resident:export but without pi:reveal.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const ID_LIKE = /\d{6}[\d*]{8}[\dX*]{4}/g;
const PHONE_LIKE = /(?<![\d*])1[\d*]{10}(?![\d*])/g;
const DATE_LIKE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the role saw about one person. */
interface Seen {
  idMasks: Set<string>;
  phoneMasks: Set<string>;
  /** Exact birth dates seen in any field or cell. */
  birthDates: Set<string>;
  /** Ages or age ranges seen, inclusive, in whole years. */
  ageRanges: [number, number][];
  /** Hints a reader might draw on: the 高龄 flag and Party joining dates (joining takes 18 years of age). */
  elderlyFlags: Set<boolean>;
  joinDates: Set<string>;
}

const emptySeen = (): Seen => ({
  idMasks: new Set(),
  phoneMasks: new Set(),
  birthDates: new Set(),
  ageRanges: [],
  elderlyFlags: new Set(),
  joinDates: new Set(),
});

/** Reads an object that is about the person: any ID- or phone-shaped text, any birth or age field. */
function readPersonObject(o: Record<string, unknown>, seen: Seen): void {
  for (const [key, value] of Object.entries(o)) {
    const k = key.toLowerCase();
    if (typeof value === 'string') {
      for (const m of value.match(ID_LIKE) ?? []) seen.idMasks.add(m);
      for (const m of value.match(PHONE_LIKE) ?? []) seen.phoneMasks.add(m);
      if (k.includes('birth') && DATE_LIKE.test(value)) seen.birthDates.add(value);
      if (k.includes('age')) {
        const range = /(\d{1,3})\D+(\d{1,3})/.exec(value);
        const from = /(\d{1,3})/.exec(value);
        if (range) seen.ageRanges.push([Number(range[1]), Number(range[2])]);
        else if (from) seen.ageRanges.push([Number(from[1]), value.includes('以上') ? 200 : Number(from[1])]);
      }
      if (k === 'joindate' && DATE_LIKE.test(value)) seen.joinDates.add(value);
    }
    if (typeof value === 'number' && (k === 'age' || k.endsWith('age'))) seen.ageRanges.push([value, value]);
    if (typeof value === 'boolean' && k === 'iselderly') seen.elderlyFlags.add(value);
  }
}

/** Walks a JSON value; objects whose id or residentId is the person are read. */
function walk(value: unknown, personId: string, seen: Seen): void {
  if (Array.isArray(value)) for (const v of value) walk(v, personId, seen);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.id === personId || o.residentId === personId) readPersonObject(o, seen);
    for (const v of Object.values(o)) walk(v, personId, seen);
  }
}

/** Whole years of age on `today` for someone born on `born` (both YYYY-MM-DD). */
function ageOn(born: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(born.slice(0, 4));
  return today.slice(5) >= born.slice(5) ? years : years - 1;
}

const shiftYears = (date: string, years: number): string =>
  `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

/** Every date from DATE_MIN to today (the dates a birth date may take). */
function allBirthDates(today: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${DATE_MIN}T00:00:00Z`); ; t += 86_400_000) {
    const d = new Date(t).toISOString().slice(0, 10);
    if (d > today) return out;
    out.push(d);
  }
}

/** Candidate full ID numbers consistent with every mask, the check character and the birth/age facts. */
function idCandidates(seen: Seen, today: string, dates: string[], withHints: boolean): string[] {
  const known: (string | null)[] = Array.from({ length: 18 }, () => null);
  for (const mask of seen.idMasks)
    [...mask].forEach((c, i) => {
      if (c !== '*') known[i] = c;
    });
  const out: string[] = [];
  for (const d of dates) {
    const digits = d.replaceAll('-', '');
    if ([...digits].some((c, i) => known[6 + i] !== null && known[6 + i] !== c)) continue;
    if (seen.birthDates.size && !seen.birthDates.has(d)) continue;
    const age = ageOn(d, today);
    if (seen.ageRanges.some(([from, to]) => age < from || age > to)) continue;
    if (withHints) {
      if (seen.elderlyFlags.has(true) && age < 80) continue;
      if (seen.elderlyFlags.has(false) && age >= 80) continue;
      if ([...seen.joinDates].some((j) => d > shiftYears(j, -18))) continue;
    }
    const head = known.slice(0, 6).join('');
    const seq = known.slice(14, 17).join('');
    if (head.length !== 6 || seq.length !== 3) throw new Error('the mask no longer shows 6+4: adapt this test');
    const first17 = `${head}${digits}${seq}`;
    if (known[17] !== null && idNumberCheckChar(first17) !== known[17]) continue;
    out.push(first17 + idNumberCheckChar(first17));
  }
  return out;
}

/** Number of candidate phones consistent with every phone mask seen. */
function phoneCandidates(seen: Seen): number {
  const known: (string | null)[] = Array.from({ length: 11 }, () => null);
  for (const mask of seen.phoneMasks)
    [...mask].forEach((c, i) => {
      if (c !== '*') known[i] = c;
    });
  return 10 ** known.filter((c) => c === null).length;
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('no rebuilding of masked ID numbers and phones from what a role without pi:reveal reads', () => {
  let ctx: Ctx;
  let fx: Fixture;
  const truth = new Map<string, { idNumber: string; phone: string; name: string }>();
  const today = shanghaiDate();
  const dates = allBirthDates(today);

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    const rows = await ctx.deps.db.selectFrom('residents').select(['id', 'name', 'id_no_enc', 'phone_enc']).execute();
    for (const r of rows)
      truth.set(r.id, {
        name: r.name,
        idNumber: ctx.deps.cipher.decrypt('id_no', r.id_no_enc as string),
        phone: ctx.deps.cipher.decrypt('phone', r.phone_enc as string),
      });
  });

  const s0 = () => fx.subdistricts[0];
  const c0 = () => s0().communities[0];
  const people = () => c0().grids[0].residentIds;
  const withoutReveal = (): Role[] =>
    ROLES.filter((r) => mayCall('GET /api/residents', r) && !mayCall('POST /api/residents/:id/reveal', r));

  /** Parsed 200 responses of the URLs (JSON, and spreadsheets as rows naming one of the people). */
  async function read(client: Client, urls: string[]): Promise<unknown[]> {
    const bodies: unknown[] = [];
    for (const url of urls) {
      const res = await client.get(url);
      if (res.statusCode !== 200) continue;
      const type = String(res.headers['content-type'] ?? '');
      if (type.includes('json')) bodies.push(readJson(res));
      else if (type.includes('spreadsheetml'))
        for (const id of people()) bodies.push(await sheetObjects(res.rawPayload, id, truth.get(id)?.name ?? ''));
    }
    return bodies;
  }

  /** Every response the role can read: every GET route without path parameters it may call, and lists. */
  async function commonBodies(client: Client, role: Role): Promise<unknown[]> {
    const urls = MATRIX_ROUTES.filter((r) => r.startsWith('GET ') && !r.includes(':') && mayCall(r, role)).map((r) =>
      r.slice(4),
    );
    urls.push(
      '/api/residents?pageSize=200',
      '/api/residents?flag=elderly&pageSize=200',
      '/api/residents?flag=needy&pageSize=200',
      '/api/party-members?pageSize=200',
    );
    const bodies = await read(client, urls);
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    return bodies;
  }

  /** The responses about one person: detail, searches by name and surname, one exact look-up. */
  async function personBodies(client: Client, personId: string): Promise<unknown[]> {
    const person = truth.get(personId);
    if (!person) throw new Error('unknown person');
    const bodies = await read(client, [
      `/api/residents/${personId}`,
      `/api/residents?q=${encodeURIComponent(person.name)}`,
      `/api/residents?q=${encodeURIComponent(person.name.slice(0, 1))}&pageSize=200`,
      `/api/party-members?q=${encodeURIComponent(person.name)}`,
    ]);
    const lookup = await client.post('/api/residents/lookup', { phone: person.phone });
    expect(lookup.statusCode, lookup.body).toBe(200);
    bodies.push(readJson(lookup));
    return bodies;
  }

  /** Spreadsheet rows naming the person, as objects tagged with the person's id (every cell a field). */
  async function sheetObjects(buffer: Buffer, personId: string, name: string): Promise<unknown[]> {
    const sheet = await readSheet(buffer, 100_000);
    if (!sheet) return [];
    return sheet.rows
      .filter((r) => r.cells.includes(name))
      .map((r) =>
        Object.fromEntries([
          ['id', personId],
          ...r.cells.map((c, i) => [DATE_LIKE.test(c) ? `birth${i}` : `cell${i}`, c]),
        ]),
      );
  }

  it('leaves ≥ 1,000 candidate ID numbers and ≥ 1,000 candidate phones per person, for every role without pi:reveal', async () => {
    expect(withoutReveal()).toEqual(['subdistrict_leader', 'community_worker', 'grid_worker', 'inspector']);
    const report: Record<string, { ids: number; idsWithHints: number; phones: number }> = {};
    for (const role of withoutReveal()) {
      const client = await clientFor(ctx.app, ctx.deps, role, s0().id);
      const common = await commonBodies(client, role);
      for (const personId of people()) {
        const seen = emptySeen();
        for (const body of [...common, ...(await personBodies(client, personId))]) walk(body, personId, seen);
        const t = truth.get(personId);
        expect(seen.idMasks.size, `${role} sees the ID mask`).toBeGreaterThan(0);
        const hard = idCandidates(seen, today, dates, false);
        expect(hard, 'the candidates hold the true number').toContain(t?.idNumber);
        report[`${role} ${personId}`] = {
          ids: hard.length,
          idsWithHints: idCandidates(seen, today, dates, true).length,
          phones: phoneCandidates(seen),
        };
      }
    }
    for (const [who, n] of Object.entries(report)) {
      expect(n.ids, who).toBeGreaterThanOrEqual(1000);
      expect(n.idsWithHints, who).toBeGreaterThanOrEqual(1000);
      expect(n.phones, who).toBeGreaterThanOrEqual(1000);
    }
  }, 240_000);

  it('the export for a role with resident:export but without pi:reveal carries no birth date either', async () => {
    const actor: Actor = {
      ...systemActor(),
      userId: 'export-check',
      role: 'community_secretary',
      scopeUnitId: c0().id,
      scope: scopeForUnitPath(c0().path),
      permissions: new Set(ROLE_PERMISSIONS.community_secretary.filter((p) => p !== 'pi:reveal')),
    };
    const buffer = await streamToBuffer(await exportResidents(ctx.deps, actor, { reason: '脱敏导出检查' }));
    for (const personId of people()) {
      const person = truth.get(personId);
      const seen = emptySeen();
      walk(await sheetObjects(buffer, personId, person?.name ?? ''), personId, seen);
      expect(seen.idMasks.size).toBe(1);
      expect(seen.birthDates).toEqual(new Set());
      expect(idCandidates(seen, today, dates, false).length).toBeGreaterThanOrEqual(1000);
      expect(phoneCandidates(seen)).toBeGreaterThanOrEqual(1000);
    }
  });

  it('a holder of pi:reveal gets the birth date only through the audited reveal, with its reason', async () => {
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    const id = people()[1];
    const detail = readJson<Record<string, unknown>>(await secretary.get(`/api/residents/${id}`));
    expect(detail).not.toHaveProperty('birthDate');
    const res = await secretary.post(`/api/residents/${id}/reveal`, { fields: ['birthDate'], reason: '核对出生日期' });
    expect(res.statusCode, res.body).toBe(200);
    const stored = await ctx.deps.db
      .selectFrom('residents')
      .select('birth_date')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(readJson(res)).toEqual({ birthDate: stored.birth_date });
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'reason', 'changes'])
      .where('actor_id', '=', secretary.userId)
      .where('action', '=', 'resident.reveal')
      .execute();
    expect(audit).toEqual([{ action: 'resident.reveal', reason: '核对出生日期', changes: '{"fields":["birthDate"]}' }]);
  });
});
