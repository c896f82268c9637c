import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { adminQuery, postgresAdminUrl, testEngine } from '../engine.ts';

/**
 * kill -9 during writes loses no acknowledged record: the real server process takes a stream of
 * resident registrations, is killed without warning, restarts on the same database, and every
 * registration it had answered 200 is there (and the audit chain still verifies).
 */
const ROOT = new URL('../../../../', import.meta.url).pathname;
const PORT = String(3800 + (process.pid % 100));
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'jishi-durability-'));
let databaseUrl: string | undefined;

async function startServer(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT,
    DATA_DIR: dataDir,
    JISHI_MODE: 'demo',
    LOG_LEVEL: 'error',
    COOKIE_SECURE: 'false',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 200_000);
    child.stdout?.on('data', (c: Buffer) => {
      if (c.toString().includes('running on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'secretary', password: 'Demo#Pass-2026' }),
  });
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrf: body.csrfToken };
}

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl) await adminQuery(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`);
});

describe('durability', () => {
  it('kill -9 during a stream of writes loses no acknowledged record', async () => {
    if (testEngine() === 'postgres') {
      const name = `jishi_t_dur_${randomBytes(4).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      databaseUrl = postgresAdminUrl(name);
    }
    let server = await startServer();
    const { cookie, csrf } = await signIn();
    const units = (await (await fetch(`${BASE}/api/territory/units`, { headers: { cookie } })).json()) as {
      items: { id: string; kind: string }[];
    };
    const gridId = units.items.find((u) => u.kind === 'grid')?.id as string;

    const acknowledged: string[] = [];
    let sent = 0;
    const writer = async () => {
      for (;;) {
        const name = `耐久${sent++}`;
        try {
          const res = await fetch(`${BASE}/api/residents`, {
            method: 'POST',
            headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
            body: JSON.stringify({ name, gridId, address: '测试地址' }),
          });
          if (res.status === 200) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    await new Promise((r) => setTimeout(r, 1500));
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    await Promise.all(writers);
    await exited;
    expect(acknowledged.length).toBeGreaterThan(20);

    server = await startServer();
    try {
      const again = await signIn();
      const missing: string[] = [];
      for (const id of acknowledged) {
        const res = await fetch(`${BASE}/api/residents/${id}`, { headers: { cookie: again.cookie } });
        if (res.status !== 200) missing.push(id);
      }
      expect(missing).toEqual([]);
    } finally {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    // The audit chain survived the crash intact (through the command-line verifier).
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    else delete env.DATABASE_URL;
    const verify = spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/audit-verify.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/audit chain intact: \d+ records verified/);
  }, 420_000);
});
