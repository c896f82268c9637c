import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running server of a flow's own (see startOwnServer). */
export interface OwnServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now (the system's pick, released at once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server for browser flows (the built web app, a fresh embedded database, the demo subdistrict) on a free
 * port, with `env` on top: the shared one of global-setup.ts (jobs off), or a flow's own — one that needs the
 * scheduled jobs running starts one with `JISHI_JOBS: 'on'`. `stop()` ends it and removes its data.
 */
export async function startOwnServer(env: NodeJS.ProcessEnv): Promise<OwnServer> {
  const root = new URL('..', import.meta.url).pathname;
  const dataDir = mkdtempSync(join(tmpdir(), 'jishi-e2e-'));
  const port = String(await freePort());
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    JISHI_MODE: 'demo',
    LOG_LEVEL: 'warn',
    ...env,
  };
  delete full.DATABASE_URL;
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: full,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not start within 150 s')), 150_000);
      server.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('running on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited with ${code}`));
      });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}
