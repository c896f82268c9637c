import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { openCheckedDatabase } from '../../src/start-checks.ts';
import { createMemoryFileStore } from '../../src/platform/files/file-store.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createSubdistrict } from '../../src/features/territory/territory.service.ts';
import { loadConfig } from '../../src/config.ts';
import { createFieldCipher } from '../../src/platform/crypto.ts';
import { sealCanary } from '../../src/features/setup/canary.service.ts';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor } from '../sessions.ts';
import { testEngine } from '../engine.ts';
import { keyText, migratedDatabaseUrl, productionConfig, tempDataDir } from '../start-support.ts';

/** /livez, /readyz (and /api/health), the start checks, and a lock held by another process. */
const ROOT = new URL('../../../../', import.meta.url).pathname;
const dataDir = tempDataDir();
const onSqlite = testEngine() === 'sqlite';

interface ReadyBody {
  ok: boolean;
  checks: Record<'database' | 'migrations' | 'integrity' | 'dataKey', { ok: boolean; detail?: string }>;
}

describe('liveness and readiness', () => {
  it('/livez answers without the database; /readyz and /api/health report every check', async () => {
    const { app } = await createTestContext();
    const live = await app.inject({ method: 'GET', url: '/livez' });
    expect(live.statusCode).toBe(200);
    expect(readJson(live)).toEqual({ ok: true });
    for (const url of ['/readyz', '/api/health']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = readJson<ReadyBody>(res);
      expect(body.ok).toBe(true);
      expect(Object.keys(body.checks).sort()).toEqual(['dataKey', 'database', 'integrity', 'migrations']);
    }
  });

  it('/readyz answers 503 naming the check when the data key does not open the canary or a migration is missing', async () => {
    const { app, deps } = await createTestContext();
    await sealCanary(deps, systemActor(), { action: 'instance.canary_seal' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const otherKey = await buildApp({ ...deps, cipher: createFieldCipher(Buffer.alloc(32, 9)) });
    const wrong = await otherKey.inject({ method: 'GET', url: '/readyz' });
    await otherKey.close();
    expect(wrong.statusCode).toBe(503);
    expect(readJson<ReadyBody>(wrong).checks.dataKey).toEqual({
      ok: false,
      detail: 'the data key does not match this database',
    });

    const last = await deps.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .orderBy('name' as never, 'desc')
      .executeTakeFirstOrThrow();
    await deps.db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', (last as { name: string }).name as never)
      .execute();
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    const body = readJson<ReadyBody>(res);
    expect(body.ok).toBe(false);
    expect(body.checks.migrations).toEqual({ ok: false, detail: '1 migration(s) not applied' });
    expect(body.checks.database.ok).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/livez' })).statusCode).toBe(200);
  });
});

describe('data key format', () => {
  const MALFORMED = ['not-a-key', keyText(7).slice(0, 40), `${keyText(7).slice(0, 43)}*`, 'A'.repeat(44), ''];

  it('the server refuses a malformed key and exits before the database file is created', () => {
    const dir = join(dataDir, 'malformed');
    mkdirSync(dir);
    const file = join(dir, 'jishi.db');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        JISHI_MODE: 'production',
        JISHI_DATA_KEY: 'bm90IGEga2V5',
        DATA_DIR: dir,
        DATABASE_URL: `sqlite:${file}`,
        LOG_LEVEL: 'silent',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/JISHI_DATA_KEY: must be the base64 of exactly 32 random bytes/);
    expect(existsSync(file)).toBe(false);
  });

  it('every malformed key is refused by the configuration and by the start, creating no file', async () => {
    for (const key of MALFORMED) {
      const dir = join(dataDir, `m-${randomBytes(4).toString('hex')}`);
      const file = join(dir, 'jishi.db');
      const env = { JISHI_MODE: 'production', JISHI_DATA_KEY: key, DATA_DIR: dir, DATABASE_URL: `sqlite:${file}` };
      expect(() => loadConfig(env), key).toThrow(/JISHI_DATA_KEY/);
      // The start refuses it too, should a configuration reach it another way.
      const config = { ...loadConfig({ ...env, JISHI_DATA_KEY: keyText(7) }), dataKey: key };
      await expect(openCheckedDatabase(config, createMemoryFileStore()), key).rejects.toThrow(/JISHI_DATA_KEY/);
      expect(existsSync(file), key).toBe(false);
    }
  });

  it('a malformed key file (demo mode) is refused before the database is opened', async () => {
    const dir = join(dataDir, 'badfile');
    mkdirSync(join(dir, 'keys'), { recursive: true });
    writeFileSync(join(dir, 'keys', 'master.key'), 'c2hvcnQ=');
    const file = join(dir, 'jishi.db');
    const config = loadConfig({ JISHI_MODE: 'demo', DATA_DIR: dir, DATABASE_URL: `sqlite:${file}` });
    await expect(openCheckedDatabase(config, createMemoryFileStore())).rejects.toThrow(/key file .* 32 random bytes/);
    expect(existsSync(file)).toBe(false);
  });
});

describe.runIf(onSqlite)('embedded database: damaged file and outside locks', () => {
  it('syncs every commit by default (synchronous=FULL), so an acknowledged write survives a power cut', async () => {
    const { deps } = await createTestContext();
    try {
      const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(deps.db);
      expect(rows[0]?.synchronous).toBe(2); // 0 OFF, 1 NORMAL, 2 FULL
    } finally {
      await deps.db.destroy();
    }
  });

  it('a damaged file fails the start check: /readyz 503, every other request 503, /livez 200', async () => {
    const url = await migratedDatabaseUrl(dataDir);
    const file = url.replace(/^sqlite:/, '');
    const pageSize = readFileSync(file).readUInt16BE(16);
    const pages = statSync(file).size / pageSize;
    expect(pages).toBeGreaterThan(20);
    // Garbage over pages 5–12 (table and index roots), the header page left intact.
    const fd = openSync(file, 'r+');
    for (let p = 4; p < 12; p++) writeSync(fd, randomBytes(pageSize), 0, pageSize, p * pageSize);
    closeSync(fd);

    const { deps, applied } = await openCheckedDatabase(
      productionConfig(dataDir, url, keyText(7)),
      createMemoryFileStore(),
    );
    const app = await buildApp(deps);
    try {
      expect(deps.startChecks?.integrity.ok).toBe(false);
      expect(deps.startChecks?.integrity.problems.length).toBeGreaterThan(0);
      expect(applied).toEqual([]);
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      const body = readJson<ReadyBody>(ready);
      expect(body.ok).toBe(false);
      expect(body.checks.integrity.ok).toBe(false);
      expect(body.checks.integrity.detail).toMatch(/integrity check found \d+ problem/);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(503);
      expect((await app.inject({ method: 'GET', url: '/livez' })).statusCode).toBe(200);
      const other = await app.inject({ method: 'GET', url: '/api/meta', headers: { 'accept-language': 'en' } });
      expect(other.statusCode).toBe(503);
      expect(readJson(other)).toMatchObject({ code: 'DATABASE_DAMAGED' });
    } finally {
      await app.close();
      await deps.db.destroy();
    }
  });

  it('a write while another process holds the lock gets 503 with Retry-After within a fraction of a second', async () => {
    const url = await migratedDatabaseUrl(dataDir);
    // The lock is the subject here: the fixture administrator signs in with a password alone.
    const config = { ...productionConfig(dataDir, url, keyText(7)), secondFactor: 'off' as const };
    const { deps } = await openCheckedDatabase(config, createMemoryFileStore());
    const app = await buildApp(deps);
    const outside = new Database(url.replace(/^sqlite:/, ''));
    try {
      const sub = await createSubdistrict(deps, systemActor(), { name: '锁测试街道', validFrom: '2010-01-01' });
      const admin = await clientFor(app, deps, 'subdistrict_admin', sub.id);
      const create = (name: string, lang = 'zh-CN') =>
        admin.request(
          'POST',
          '/api/territory/units',
          { parentId: sub.id, kind: 'community', name },
          { 'accept-language': lang },
        );

      outside.exec('BEGIN EXCLUSIVE');
      const started = performance.now();
      const res = await create('锁定期间社区');
      const waited = performance.now() - started;
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['retry-after']).toBe('2');
      expect(readJson(res)).toMatchObject({ code: 'DATABASE_BUSY', message: expect.stringMatching(/请稍候/) });
      expect(waited).toBeLessThan(1000);
      const en = await create('锁定期间社区二', 'en');
      expect(readJson(en)).toMatchObject({ code: 'DATABASE_BUSY', message: expect.stringMatching(/busy/) });
      outside.exec('ROLLBACK');

      const after = await create('解锁后社区');
      expect(after.statusCode, after.body).toBe(200);
      const names = await deps.db.selectFrom('org_units').select('name').where('parent_id', '=', sub.id).execute();
      expect(names.map((n) => n.name)).toEqual(['解锁后社区']);
    } finally {
      outside.close();
      await app.close();
      await deps.db.destroy();
    }
  });
});
