import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, beforeAll, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { testEngine } from '../engine.ts';
import { TEST_KEY } from '../test-key.ts';
import { auditHeadCommand, auditVerifyCommand, type CliIo } from '../../src/cli/audit-commands.ts';
import { deriveAuditKeys } from '../../src/platform/audit-chain-crypto.ts';
import { signHead } from '../../src/features/audit/audit.head-file.ts';
import type { AuditLogTable } from '../../src/features/audit/audit.table.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;

/** Captures what a command prints. */
function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      io.stdout += `${text}\n`;
    },
    err: (text: string) => {
      io.stderr += `${text}\n`;
    },
  };
  return io;
}

describe('audit head export and verify --head', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let secretary: Client;
  const dir = mkdtempSync(join(tmpdir(), 'jishi-audit-head-'));
  let fileNo = 0;
  const nextFile = () => join(dir, `head-${++fileNo}.json`);

  const run = async (command: typeof auditVerifyCommand, argv: string[]) => {
    const io = captureIo();
    const code = await command(ctx.deps, argv, io);
    return { code, ...io };
  };
  const verify = (...argv: string[]) => run(auditVerifyCommand, argv);
  const exportHead = (...argv: string[]) => run(auditHeadCommand, argv);

  const allRows = () => ctx.deps.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const headRow = () => ctx.deps.db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const addResident = async (i: number) => {
    const grid = fx.subdistricts[0].communities[0].grids[0];
    const res = await secretary.post('/api/residents', {
      name: `导出测试${i}`,
      gridId: grid.id,
      address: `导出路${i}号`,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  /** An older valid state: every row and the head row as they are now (as a backup would hold them). */
  const takeSnapshot = async () => ({ rows: await allRows(), head: await headRow() });
  async function restore(snapshot: { rows: AuditLogTable[]; head: Awaited<ReturnType<typeof headRow>> }) {
    await ctx.deps.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('audit_log').execute();
      for (let i = 0; i < snapshot.rows.length; i += 100)
        await trx
          .insertInto('audit_log')
          .values(snapshot.rows.slice(i, i + 100))
          .execute();
      await trx.updateTable('audit_head').set(snapshot.head).where('id', '=', 1).execute();
    });
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[0].id);
    for (let i = 0; i < 3; i++) await addResident(i);
  });

  it('audit:head prints the signed head of a verified chain and audits the export after it', async () => {
    const before = await allRows();
    const last = before[before.length - 1];
    const { code, stdout, stderr } = await exportHead();
    expect([code, stderr]).toEqual([0, '']);
    const head = JSON.parse(stdout) as Record<string, unknown>;
    expect(head).toMatchObject({
      format: 'jishi-audit-head/1',
      seq: Number(last.seq),
      hash: last.hash,
      at: last.at,
      count: before.length,
      keyId: ctx.deps.auditKeys.exportKeyId,
    });
    expect(head.mac).toMatch(/^[0-9a-f]{64}$/);
    const after = await allRows();
    expect(after.length).toBe(before.length + 1);
    expect(after[after.length - 1]).toMatchObject({
      action: 'audit.head.export',
      actor_role: 'system',
      changes: JSON.stringify({ seq: Number(last.seq), hash: last.hash }),
    });
    expect((await verify()).code).toBe(0);
  });

  it('--out writes the file, never over an existing one; verify --head accepts a head the chain extends', async () => {
    const file = nextFile();
    expect(await exportHead('--out', file)).toMatchObject({ code: 0, stdout: '' });
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { seq: number };
    expect(await exportHead('--out', file)).toMatchObject({ code: 1 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(exported);
    await addResident(10);
    const res = await verify('--head', file);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`holds and extends the exported head #${exported.seq}`);
  });

  it('a rollback to an older valid state passes plain verify and is caught only by a newer exported head', async () => {
    const older = await takeSnapshot();
    await addResident(20);
    await addResident(21);
    const newer = nextFile();
    expect((await exportHead('--out', newer)).code).toBe(0);
    const current = await takeSnapshot();
    for (const statement of ctx.deps.engine.dropAppendOnlySql('audit_log'))
      await sql.raw(statement).execute(ctx.deps.db);
    try {
      // The older backup restored (or the tail cut and the older head row put back, its seal genuine).
      await restore(older);
      expect((await verify()).code).toBe(0);
      const rolledBack = await verify('--head', newer);
      expect(rolledBack.code).toBe(2);
      expect(rolledBack.stderr).toContain(
        `the live chain ends at #${Number(older.head.seq)}, before the exported head`,
      );

      // …and written on from there until it is as long again: a different record at the exported seq.
      const exported = JSON.parse(readFileSync(newer, 'utf8')) as { seq: number };
      while (Number((await headRow()).seq) < exported.seq) await addResident(30);
      expect((await verify()).code).toBe(0);
      const forked = await verify('--head', newer);
      expect(forked.code).toBe(2);
      expect(forked.stderr).toContain(`record #${exported.seq} is not the one in the exported head`);
    } finally {
      await restore(current);
      for (const statement of ctx.deps.engine.appendOnlySql('audit_log')) await sql.raw(statement).execute(ctx.deps.db);
    }
    expect((await verify('--head', newer)).code).toBe(0);
  });

  it('an edited head file, one signed under another key, garbage, a missing file and a bad option are refused', async () => {
    const file = nextFile();
    expect((await exportHead('--out', file)).code).toBe(0);
    const head = JSON.parse(readFileSync(file, 'utf8')) as { seq: number; count: number };
    const edited = nextFile();
    writeFileSync(edited, JSON.stringify({ ...head, seq: head.seq - 1, count: head.count - 1 }));
    expect(await verify('--head', edited)).toMatchObject({ code: 2, stderr: expect.stringContaining('was edited') });

    const other = nextFile();
    const last = (await allRows()).at(-1) as AuditLogTable;
    const foreign = signHead(deriveAuditKeys(Buffer.alloc(32, 9)), {
      seq: Number(last.seq),
      hash: last.hash,
      at: last.at,
      count: Number(last.seq),
      exportedAt: new Date().toISOString(),
    });
    writeFileSync(other, JSON.stringify(foreign));
    expect(await verify('--head', other)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('another master key'),
    });

    const garbage = nextFile();
    writeFileSync(garbage, '{"seq": 1}');
    expect(await verify('--head', garbage)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not an exported'),
    });
    expect(await verify('--head', join(dir, 'absent.json'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('cannot read the head file'),
    });
    expect((await verify('--heads', file)).code).toBe(1);
  });

  it('audit:head exports nothing from a broken chain', async () => {
    for (const statement of ctx.deps.engine.dropAppendOnlySql('audit_log'))
      await sql.raw(statement).execute(ctx.deps.db);
    const before = await takeSnapshot();
    try {
      await ctx.deps.db.updateTable('audit_log').set({ reason: '改过' }).where('seq', '=', 3).execute();
      const file = nextFile();
      const res = await exportHead('--out', file);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('record #3 does not match its link');
      expect(() => readFileSync(file)).toThrow();
    } finally {
      await restore(before);
      for (const statement of ctx.deps.engine.appendOnlySql('audit_log')) await sql.raw(statement).execute(ctx.deps.db);
    }
  });

  it('a missing head row or dropped table gives a message and exit 2, not a stack trace', async () => {
    await ctx.deps.db.deleteFrom('audit_head').execute();
    for (const command of [auditVerifyCommand, auditHeadCommand]) {
      const res = await run(command, []);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('the audit_head table or its row is missing');
    }
    await sql`DROP TABLE audit_head`.execute(ctx.deps.db);
    expect(await verify()).toMatchObject({ code: 2, stderr: expect.stringContaining('audit_head table') });
    await sql`DROP TABLE audit_log`.execute(ctx.deps.db);
    for (const command of [auditVerifyCommand, auditHeadCommand]) {
      const res = await run(command, []);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('the audit_log table is missing');
    }
  });

  it.skipIf(testEngine() === 'postgres')('npm run audit:head / audit:verify as processes (SQLite file)', () => {
    const db = join(dir, 'cli.db');
    writeFileSync(db, readFileSync(inject('templateDb')));
    const env = {
      ...process.env,
      DATABASE_URL: `sqlite:${db}`,
      JISHI_MODE: 'production',
      JISHI_DATA_KEY: TEST_KEY.toString('base64'),
      DATA_DIR: dir,
    };
    const cli = (name: string, ...args: string[]) => {
      try {
        const stdout = execFileSync(process.execPath, ['--import', 'tsx', `apps/server/src/cli/${name}.ts`, ...args], {
          env,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        return { status: 0, stdout, stderr: '' };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { status: e.status, stdout: e.stdout, stderr: e.stderr };
      }
    };
    const file = join(dir, 'cli-head.json');
    expect(cli('audit-head', '--out', file)).toMatchObject({ status: 0 });
    const verified = cli('audit-verify', '--head', file);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('audit chain intact');
    const raw = new SQLite(db);
    raw.exec('DROP TABLE audit_log');
    raw.close();
    const broken = cli('audit-verify');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('the audit_log table is missing');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });
});
