import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { sqliteImage } from '../src/db/dialect.ts';
import { deriveAuditKeys } from '../src/platform/audit-chain-crypto.ts';
import { adminQuery, testEngine, postgresAdminUrl } from './engine.ts';
import { TEST_KEY } from './test-key.ts';

/**
 * Migrates one template database per run; every test file then starts from a copy of it
 * (SQLite: an in-memory image; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (testEngine() === 'postgres') {
    const name = `jishi_tpl_${process.pid}_${Date.now()}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const { db, engine } = openDatabase(postgresAdminUrl(name));
    await migrateToLatest(db, engine, deriveAuditKeys(TEST_KEY));
    await db.destroy();
    project.provide('templateDb', name);
    return async () => {
      const leftovers = await adminQuery(
        `SELECT datname FROM pg_database WHERE datname LIKE 'jishi_t_${process.pid}_%'`,
      );
      for (const row of leftovers) await adminQuery(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'jishi-test-'));
  const file = join(dir, 'template.db');
  const { db, engine } = openDatabase(`sqlite:${file}`);
  await migrateToLatest(db, engine, deriveAuditKeys(TEST_KEY));
  await db.destroy();
  // Serialise once here: test files read the image bytes and never open the template concurrently.
  const image = join(dir, 'template.image');
  writeFileSync(image, sqliteImage(file));
  project.provide('templateDb', image);
  return async () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}
