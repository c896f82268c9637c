import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { openDatabase } from '../src/db/database.ts';
import type { DB } from '../src/db/schema.ts';
import type { Deps } from '../src/deps.ts';
import { loadConfig } from '../src/config.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { deriveAuditKeys } from '../src/platform/audit-chain-crypto.ts';
import { type SettableClock, settableClock } from '../src/platform/clock.ts';
import { createMemoryFileStore } from '../src/platform/files/file-store.ts';
import { buildApp } from '../src/app.ts';
import type { App } from '../src/platform/http-types.ts';
import { adminQuery, postgresAdminUrl, testEngine } from './engine.ts';
import { TEST_KEY } from './test-key.ts';

export { TEST_KEY };

/**
 * A fresh database (copied from the migrated template) and an app over it, for one test file;
 * `env` adds configuration (e.g. trusted proxies) to the test defaults. Fixture accounts sign in with a password
 * alone unless a test asks for a second-factor policy (`JISHI_SECOND_FACTOR`). The clock reads the real time until a
 * test sets it (`deps.clock.set('2026-03-01T23:30:00Z')`; `set(undefined)` goes back).
 */
export async function createTestContext(
  env: Record<string, string> = {},
): Promise<{ deps: Deps & { clock: SettableClock }; app: App }> {
  const template = inject('templateDb');
  let url: string;
  let image: Buffer | undefined;
  if (testEngine() === 'postgres') {
    const name = `jishi_t_${template.split('_')[2]}_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    url = postgresAdminUrl(name);
    afterAll(async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  } else {
    url = 'sqlite::memory:';
    image = readFileSync(template);
  }
  const { db, engine } = openDatabase<DB>(url, { sqliteImage: image });
  const config = loadConfig({
    JISHI_MODE: 'demo',
    JISHI_DATA_KEY: TEST_KEY.toString('base64'),
    DATA_DIR: '/tmp/jishi-test-data',
    JISHI_SECOND_FACTOR: 'off',
    ...env,
  });
  const deps: Deps & { clock: SettableClock } = {
    db,
    engine,
    config,
    cipher: createFieldCipher(TEST_KEY),
    auditKeys: deriveAuditKeys(TEST_KEY),
    files: createMemoryFileStore(),
    clock: settableClock(),
    startChecks: { integrity: await engine.checkIntegrity() },
  };
  const app = await buildApp(deps);
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });
  return { deps, app };
}

export const readJson = <T = unknown>(res: LightMyRequestResponse): T => JSON.parse(res.body) as T;

/** Number of rows in a table (side-effect checks). */
export async function countRows(deps: Deps, table: keyof DB): Promise<number> {
  const row = await deps.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
export const fixtureFile = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
