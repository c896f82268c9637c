import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { loadConfig, type Config } from '../src/config.ts';
import { adminQuery, postgresAdminUrl, testEngine } from './engine.ts';

/** A data directory for one test file, removed afterwards. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jishi-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A database of its own that a process can open by URL (not the harness's in-memory copy): a file holding
 * the migrated template on the embedded engine, a database created from the template on the server engine.
 */
export async function migratedDatabaseUrl(dataDir: string): Promise<string> {
  const template = inject('templateDb');
  if (testEngine() === 'postgres') {
    const name = `jishi_t_${template.split('_')[2]}_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    afterAll(async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
    return postgresAdminUrl(name);
  }
  const file = join(dataDir, `${randomBytes(6).toString('hex')}.db`);
  writeFileSync(file, readFileSync(template));
  return `sqlite:${file}`;
}

export const keyText = (fill: number): string => Buffer.alloc(32, fill).toString('base64');

export function productionConfig(dataDir: string, databaseUrl: string, key = keyText(7)): Config {
  return loadConfig({ JISHI_MODE: 'production', JISHI_DATA_KEY: key, DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
}
