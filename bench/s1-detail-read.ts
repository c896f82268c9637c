import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, load, startProcess, type LoadResult } from './lib.ts';

/**
 * S1: authenticated resident detail read (session lookup, scope check, masking, response schema)
 * against bare Fastify hello JSON, both on loopback, 100 connections, measured in the same run.
 */
export async function benchDetailRead(
  duration: number,
): Promise<{ hello: LoadResult; detail: LoadResult; ratio: number }> {
  const root = new URL('..', import.meta.url).pathname;
  const dataDir = mkdtempSync(join(tmpdir(), 'jishi-bench-'));
  const hello = await startProcess(['--import', 'tsx', join(root, 'bench/hello-server.ts')], { PORT: '3901' }, /ready/);
  const server = await startProcess(
    ['--import', 'tsx', join(root, 'apps/server/src/main.ts')],
    {
      PORT: '3902',
      DATA_DIR: dataDir,
      JISHI_MODE: 'demo',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
    },
    /running on/,
  );
  try {
    const login = await fetch('http://127.0.0.1:3902/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'secretary', password: 'Demo#Pass-2026' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const list = (await (
      await fetch('http://127.0.0.1:3902/api/residents?pageSize=1', { headers: { cookie } })
    ).json()) as { items: { id: string }[] };
    const url = `http://127.0.0.1:3902/api/residents/${list.items[0].id}`;
    await load('http://127.0.0.1:3901/hello', { connections: 100, duration: 2 });
    await load(url, { connections: 100, duration: 2, headers: { cookie } });
    const helloResult = await load('http://127.0.0.1:3901/hello', { connections: 100, duration });
    const detail = await load(url, { connections: 100, duration, headers: { cookie } });
    const ratio = detail.rps / helloResult.rps;
    console.log(`S1 hello:  ${fmt(helloResult.rps, 0)} req/s, p99 ${helloResult.p99} ms`);
    console.log(
      `S1 detail: ${fmt(detail.rps, 0)} req/s, p99 ${detail.p99} ms, non-2xx ${detail.non2xx}, errors ${detail.errors}`,
    );
    console.log(`S1 ratio:  ${fmt(ratio, 2)}× (target ≥ 0.40×, p99 ≤ 20 ms)`);
    return { hello: helloResult, detail, ratio };
  } finally {
    hello.kill('SIGTERM');
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
