import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { ErrorBody } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { verifyChain } from '../../src/features/audit/audit.service.ts';
import type { AuditLogTable } from '../../src/features/audit/audit.table.ts';
import { canonicalRecord } from '../../src/platform/audit-chain-crypto.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Verify {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
  problem: string | null;
  head: string | null;
}
interface Entry {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  subjectId: string | null;
  result: string;
  reason: string | null;
}
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Every column but the position in the chain, and every column but the chain itself. */
const CONTENT: (keyof AuditLogTable)[] = [
  'at',
  'actor_id',
  'actor_role',
  'ip',
  'request_id',
  'action',
  'subject_type',
  'subject_id',
  'org_path',
  'changes',
  'result',
  'reason',
];
const WHOLE: (keyof AuditLogTable)[] = [...CONTENT, 'prev_hash', 'hash'];

describe('audit chain', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let auditor: Client;
  let secretary: Client;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    auditor = await clientFor(ctx.app, ctx.deps, 'audit_admin', fx.subdistricts[0].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[0].id);
    // A series of writes through the API, each audited in its own transaction.
    const grid = fx.subdistricts[0].communities[0].grids[0];
    for (let i = 0; i < 5; i++) {
      const res = await secretary.post('/api/residents', {
        name: `审计测试${i}`,
        gridId: grid.id,
        address: `审计路${i}号`,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await secretary.patch(`/api/territory/units/${grid.id}`, { name: '甲一A网格（改）' })).statusCode).toBe(
      200,
    );
    expect((await secretary.post('/api/residents/export', { reason: '审计链测试导出' })).statusCode).toBe(200);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nobody', password: 'wrong-password-1' },
        })
      ).statusCode,
    ).toBe(401);
    expect((await secretary.post('/api/users', {})).statusCode).toBe(403); // denied: audited too
  });

  const rowCount = () => countRows(ctx.deps, 'audit_log');
  const allRows = () => ctx.deps.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const head = () =>
    ctx.deps.db
      .selectFrom('audit_head')
      .select(['seq', 'hash', 'keyed_from', 'seal'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();

  it('GET /api/audit/verify (audit admin) → ok, every row checked, head = last hash', async () => {
    const n = await rowCount();
    expect(n).toBeGreaterThan(60);
    const res = await auditor.get('/api/audit/verify');
    expect(res.statusCode, res.body).toBe(200);
    const rows = await allRows();
    expect(readJson<Verify>(res)).toEqual({
      ok: true,
      checked: n,
      firstBadSeq: null,
      problem: null,
      head: rows[rows.length - 1].hash,
    });
    expect(await head()).toMatchObject({ seq: n, hash: rows[rows.length - 1].hash, keyed_from: 1 });
    // The migration that keyed the chain wrote its first record (nothing was written before it in a new database).
    expect(rows[0]).toMatchObject({
      seq: 1,
      action: 'audit.chain.keyed',
      changes: '{"legacyRecords":0,"legacyHead":"0000000000000000000000000000000000000000000000000000000000000000"}',
    });
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
  });

  it('UPDATE and DELETE on audit_log fail while the append-only triggers exist', async () => {
    const n = await rowCount();
    await expect(sql`UPDATE audit_log SET reason = ${'篡改'} WHERE seq = ${3}`.execute(ctx.deps.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE seq = ${n}`.execute(ctx.deps.db)).rejects.toThrow(/append-only/);
    await expect(
      ctx.deps.db.updateTable('audit_log').set({ result: 'success' }).where('seq', '>', 0).execute(),
    ).rejects.toThrow(/append-only/);
    expect(await rowCount()).toBe(n);
    expect((await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).problem).toBeNull();
  });

  it('the audit list is newest first, paged, scoped and filterable', async () => {
    const inScope = await ctx.deps.db
      .selectFrom('audit_log')
      .select('seq')
      // A subdistrict (top-level) auditor also sees the records that belong to no unit.
      .where((eb) => eb.or([eb('org_path', 'like', `${fx.subdistricts[0].path}%`), eb('org_path', 'is', null)]))
      .orderBy('seq', 'desc')
      .execute();
    const first = readJson<Page<Entry>>(await auditor.get('/api/audit?page=1&pageSize=5'));
    const second = readJson<Page<Entry>>(await auditor.get('/api/audit?page=2&pageSize=5'));
    expect(first).toMatchObject({ total: inScope.length, page: 1, pageSize: 5 });
    expect(first.items.map((e) => e.seq)).toEqual(inScope.slice(0, 5).map((r) => Number(r.seq)));
    expect(second.items.map((e) => e.seq)).toEqual(inScope.slice(5, 10).map((r) => Number(r.seq)));
    expect(first.items[0].seq).toBeGreaterThan(first.items[4].seq);
    expect(first.items[4].seq).toBeGreaterThan(second.items[0].seq);

    const exports = readJson<Page<Entry>>(await auditor.get('/api/audit?action=resident.export'));
    expect(exports.total).toBe(1);
    expect(exports.items[0]).toMatchObject({
      action: 'resident.export',
      actorId: secretary.userId,
      reason: '审计链测试导出',
      result: 'success',
    });
    const creates = readJson<Page<Entry>>(await auditor.get('/api/audit?action=resident.create&pageSize=200'));
    expect(creates.items.every((e) => e.action === 'resident.create')).toBe(true);
    expect(creates.items.map((e) => e.seq)).toEqual([...creates.items.map((e) => e.seq)].sort((a, b) => b - a));

    const other = await clientFor(ctx.app, ctx.deps, 'audit_admin', fx.subdistricts[1].id);
    const otherExports = readJson<Page<Entry>>(await other.get('/api/audit?action=resident.export'));
    expect(otherExports).toMatchObject({ total: 0, items: [] });
    expect((await auditor.get('/api/audit?pageSize=500')).statusCode).toBe(400);
  });

  it('separation of duties: the security admin cannot read or verify the audit log', async () => {
    const security = await clientFor(ctx.app, ctx.deps, 'security_admin', fx.subdistricts[0].id);
    for (const url of ['/api/audit', '/api/audit/verify']) {
      const res = await security.get(url);
      expect(res.statusCode).toBe(403);
      expect(readJson<ErrorBody>(res).code).toBe('FORBIDDEN');
    }
  });

  describe('tampering with the triggers dropped', () => {
    let snapshot: AuditLogTable[];
    let snapshotHead: { seq: number; hash: string; keyed_from: number; seal: string | null };

    beforeAll(async () => {
      for (const statement of ctx.deps.engine.dropAppendOnlySql('audit_log'))
        await sql.raw(statement).execute(ctx.deps.db);
      snapshot = await allRows();
      const h = await head();
      snapshotHead = { seq: Number(h.seq), hash: h.hash, keyed_from: Number(h.keyed_from), seal: h.seal };
    });

    /** Puts the chain back exactly as it was, so each variant starts from a valid chain. */
    afterEach(async () => {
      await ctx.deps.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('audit_log').execute();
        for (let i = 0; i < snapshot.length; i += 100)
          await trx
            .insertInto('audit_log')
            .values(snapshot.slice(i, i + 100))
            .execute();
        await trx.updateTable('audit_head').set(snapshotHead).where('id', '=', 1).execute();
      });
      const state = await verifyChain(ctx.deps.db, ctx.deps.auditKeys);
      expect(state.problem).toBeNull();
      expect(state.checked).toBe(snapshot.length);
    });

    const pick = (seq: number) => snapshot[seq - 1];
    const copy = (row: AuditLogTable, cols: (keyof AuditLogTable)[]) =>
      Object.fromEntries(cols.map((c) => [c, row[c]])) as Partial<AuditLogTable>;

    it('a restored chain verifies (control)', async () => {
      const state = await verifyChain(ctx.deps.db, ctx.deps.auditKeys);
      expect(state).toMatchObject({
        problem: null,
        firstBadSeq: null,
        checked: snapshot.length,
        lastSeq: snapshot.length,
      });
    });

    it('(a) an edited reason is named as altered at its seq', async () => {
      const seq = snapshot.find((r) => r.action === 'resident.export')?.seq as number;
      expect(seq).toBeGreaterThan(1);
      await ctx.deps.db.updateTable('audit_log').set({ reason: '随便看看' }).where('seq', '=', seq).execute();
      const state = await verifyChain(ctx.deps.db, ctx.deps.auditKeys);
      expect(state).toMatchObject({ problem: 'altered', firstBadSeq: seq, checked: seq - 1 });

      const res = await auditor.get('/api/audit/verify');
      expect(readJson<Verify>(res)).toEqual({
        ok: false,
        checked: seq - 1,
        firstBadSeq: seq,
        problem: 'altered',
        head: null,
      });
    });

    it('(a2) a rewritten stored hash is named as altered at its seq', async () => {
      const seq = 10;
      await ctx.deps.db
        .updateTable('audit_log')
        .set({ hash: 'f'.repeat(64) })
        .where('seq', '=', seq)
        .execute();
      const state = await verifyChain(ctx.deps.db, ctx.deps.auditKeys);
      expect(state).toMatchObject({ problem: 'altered', firstBadSeq: seq });
    });

    it('(b) a deleted middle record is named by its missing seq', async () => {
      const seq = Math.floor(snapshot.length / 2);
      await ctx.deps.db.deleteFrom('audit_log').where('seq', '=', seq).execute();
      const state = await verifyChain(ctx.deps.db, ctx.deps.auditKeys);
      expect(state).toMatchObject({ problem: 'missing_or_reordered', firstBadSeq: seq, checked: seq - 1 });
    });

    it('(b2) a deleted first record is named as seq 1', async () => {
      await ctx.deps.db.deleteFrom('audit_log').where('seq', '=', 1).execute();
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({
        problem: 'missing_or_reordered',
        firstBadSeq: 1,
        checked: 0,
      });
    });

    it('(c) swapping the contents of two records names the first swapped seq', async () => {
      const [i, j] = [7, 23];
      await ctx.deps.db
        .updateTable('audit_log')
        .set(copy(pick(j), CONTENT))
        .where('seq', '=', i)
        .execute();
      await ctx.deps.db
        .updateTable('audit_log')
        .set(copy(pick(i), CONTENT))
        .where('seq', '=', j)
        .execute();
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({
        problem: 'altered',
        firstBadSeq: i,
        checked: i - 1,
      });
    });

    it('(c2) swapping two whole records (with their hashes) names the first swapped seq', async () => {
      const [i, j] = [12, 13];
      await ctx.deps.db
        .updateTable('audit_log')
        .set(copy(pick(j), WHOLE))
        .where('seq', '=', i)
        .execute();
      await ctx.deps.db
        .updateTable('audit_log')
        .set(copy(pick(i), WHOLE))
        .where('seq', '=', j)
        .execute();
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({
        problem: 'broken_link',
        firstBadSeq: i,
        checked: i - 1,
      });
    });

    it('(d) deleting the last record (head untouched) is detected as truncation', async () => {
      const last = snapshot.length;
      await ctx.deps.db.deleteFrom('audit_log').where('seq', '=', last).execute();
      const state = await verifyChain(ctx.deps.db, ctx.deps.auditKeys);
      expect(state).toMatchObject({ problem: 'truncated', firstBadSeq: last, checked: last - 1 });
      const res = await auditor.get('/api/audit/verify');
      expect(readJson<Verify>(res)).toMatchObject({ ok: false, problem: 'truncated', firstBadSeq: last, head: null });
    });

    it('(d2) truncating several records, with the head rewound to a stale value, is detected by its seal', async () => {
      const last = snapshot.length;
      await ctx.deps.db
        .deleteFrom('audit_log')
        .where('seq', '>', last - 3)
        .execute();
      await ctx.deps.db
        .updateTable('audit_head')
        .set({ seq: last - 3, hash: 'e'.repeat(64) })
        .where('id', '=', 1)
        .execute();
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({ problem: 'head_forged' });
    });

    /** What an attacker with database access but without the master key can do to the head row. */
    const resetHead = (seq: number, hash: string) =>
      ctx.deps.db.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
    const verifyProblem = async () => (await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).problem;

    it('(e) truncating the tail and resetting the head to the new last record is detected', async () => {
      const keep = snapshot.length - 5;
      await ctx.deps.db.deleteFrom('audit_log').where('seq', '>', keep).execute();
      await resetHead(keep, pick(keep).hash);
      expect(await verifyProblem()).toBe('head_forged');
      // An unsealed head is no way out either.
      await ctx.deps.db.updateTable('audit_head').set({ seal: null }).where('id', '=', 1).execute();
      expect(await verifyProblem()).toBe('head_unsealed');
    });

    it('(e2) the application refuses to extend a reset head (appending would re-seal it), and changes nothing', async () => {
      const keep = snapshot.length - 5;
      await ctx.deps.db.deleteFrom('audit_log').where('seq', '>', keep).execute();
      await resetHead(keep, pick(keep).hash);
      const grid = fx.subdistricts[0].communities[0].grids[0];
      const residents = await countRows(ctx.deps, 'residents');
      const res = await secretary.post('/api/residents', {
        name: '审计测试重置',
        gridId: grid.id,
        address: '审计路99号',
      });
      expect(res.statusCode).toBe(500);
      expect(await countRows(ctx.deps, 'residents')).toBe(residents);
      expect(await rowCount()).toBe(keep);
      expect(await verifyProblem()).toBe('head_forged');
    });

    it('(f) truncating everything and resetting the head to the genesis state is detected', async () => {
      await ctx.deps.db.deleteFrom('audit_log').execute();
      await resetHead(0, '0'.repeat(64));
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({ problem: 'empty', checked: 0 });
      await ctx.deps.db.updateTable('audit_head').set({ seal: null, keyed_from: 1 }).where('id', '=', 1).execute();
      expect(await verifyProblem()).toBe('empty');
    });

    /** The attacker's tool: the pre-keying formula, SHA-256(0x01 ‖ prev ‖ SHA-256(0x00 ‖ record)), from `from` on. */
    async function recomputePlain(from: number) {
      const rows = await allRows();
      let prev = from === 1 ? '0'.repeat(64) : (rows.find((r) => Number(r.seq) === from - 1)?.hash ?? '');
      for (const r of rows.filter((x) => Number(x.seq) >= from)) {
        const leaf = createHash('sha256')
          .update(Buffer.from([0]))
          .update(canonicalRecord(r))
          .digest();
        const hash = createHash('sha256')
          .update(Buffer.from([1]))
          .update(Buffer.from(prev, 'hex'))
          .update(leaf)
          .digest('hex');
        await ctx.deps.db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
        prev = hash;
      }
      await resetHead(rows.length, prev);
    }

    it('(g) an edited record with the chain recomputed with plain SHA-256 (no key) is named at its seq', async () => {
      const seq = snapshot.find((r) => r.action === 'resident.export')?.seq as number;
      await ctx.deps.db.updateTable('audit_log').set({ reason: '随便看看' }).where('seq', '=', seq).execute();
      await recomputePlain(seq);
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({
        problem: 'altered',
        firstBadSeq: seq,
      });
    });

    it('(g2) a deleted record with the rest renumbered and recomputed with plain SHA-256 is detected', async () => {
      const seq = 20;
      const rest = snapshot.filter((r) => Number(r.seq) > seq);
      await ctx.deps.db.deleteFrom('audit_log').where('seq', '>=', seq).execute();
      for (const r of rest)
        await ctx.deps.db
          .insertInto('audit_log')
          .values({ ...r, seq: Number(r.seq) - 1 })
          .execute();
      await recomputePlain(seq);
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({
        problem: 'altered',
        firstBadSeq: seq,
      });
    });

    it('(g3) the whole chain recomputed with plain SHA-256 is named at its first record', async () => {
      await recomputePlain(1);
      expect(await verifyChain(ctx.deps.db, ctx.deps.auditKeys)).toMatchObject({ problem: 'altered', firstBadSeq: 1 });
    });
  });
});
