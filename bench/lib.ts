import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import type { DB } from '../apps/server/src/db/schema.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { deriveAuditKeys } from '../apps/server/src/platform/audit-chain-crypto.ts';
import { createMemoryFileStore } from '../apps/server/src/platform/files/file-store.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against one URL on loopback; bounded by duration, stops by itself. */
export async function load(
  url: string,
  options: { connections: number; duration: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    headers: options.headers,
  });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

/** Starts a child process and resolves once it prints `marker`. */
export function startProcess(args: string[], env: Record<string, string>, marker: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`timeout waiting for ${marker}`)), 180_000);
    const onData = (chunk: Buffer) => {
      if (marker.test(chunk.toString())) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => process.stderr.write(c));
    child.on('exit', (code) => reject(new Error(`process exited early with ${code}`)));
  });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** p95 (ms) of `runs` sequential calls of `fn`. */
export async function p95(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return percentile(times, 95);
}

/**
 * Runs `fn` against a scratch, migrated database in demo mode (SQLite in a temporary directory, or
 * `databaseUrl`), with the data key filled with `keyByte`; closes the database and removes the directory after.
 */
export async function withScratchDeps<T>(
  prefix: string,
  keyByte: number,
  fn: (deps: Deps) => Promise<T>,
  databaseUrl?: string,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `jishi-${prefix}-`));
  const key = Buffer.alloc(32, keyByte);
  const config = loadConfig({
    DATA_DIR: dir,
    JISHI_MODE: 'demo',
    JISHI_DATA_KEY: key.toString('base64'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const { db, engine } = openDatabase<DB>(config.databaseUrl);
  try {
    const auditKeys = deriveAuditKeys(key);
    await migrateToLatest(db, engine, auditKeys);
    return await fn({
      db,
      engine,
      config,
      cipher: createFieldCipher(key),
      auditKeys,
      files: createMemoryFileStore(),
      clock: systemClock,
    });
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
