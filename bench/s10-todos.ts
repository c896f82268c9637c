import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/database.ts';
import type { DB } from '../apps/server/src/db/schema.ts';
import { newId } from '../apps/server/src/platform/ids.ts';
import { fmt, load, startProcess, type LoadResult } from './lib.ts';

/**
 * S10: the to-do centre at a subdistrict with 10,000 open items, 2,000 of them addressed to the demo secretary's
 * community (posts she fills), the rest to its other units. The secretary's list (page 1 of 20, most urgent first,
 * with the per-kind groups) and her badge counts, each against the S1 resident detail read in the same run and
 * server (100 connections). Target: each within 2× the detail read (ratio of req/s ≥ 0.5).
 */
const PORT = '3910';
const base = `http://127.0.0.1:${PORT}`;

async function signIn(username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo#Pass-2026' }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/** Adds open items until the subdistrict holds `total`, `mine` of them for the secretary's community posts. */
export async function fillItems(databaseUrl: string, total: number, mine: number): Promise<{ community: number }> {
  const { db } = openDatabase<DB>(databaseUrl);
  try {
    const secretary = await db
      .selectFrom('users as u')
      .innerJoin('org_units as o', 'o.id', 'u.scope_unit_id')
      .select(['o.id', 'o.path'])
      .where('u.username', '=', 'secretary')
      .executeTakeFirstOrThrow();
    const subdistrictId = secretary.path.split('/')[1] as string;
    const others = await db
      .selectFrom('org_units')
      .select(['id', 'path'])
      .where('path', 'like', `/${subdistrictId}/%`)
      .where('id', '!=', secretary.id)
      .execute();
    const existing = Number(
      (
        await db
          .selectFrom('todo_items')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const kinds = ['grid.case-to-accept', 'grid.case-to-assign', 'grid.case-to-verify'];
    const now = Date.now();
    const rows = [];
    for (let i = 0; i < total - existing; i++) {
      const own = i < mine;
      const unit = own ? secretary : (others[i % others.length] as { id: string; path: string });
      const due = new Date(now + ((i % 97) - 30) * 3_600_000).toISOString();
      rows.push({
        id: newId(),
        kind: kinds[i % kinds.length] as string,
        subject_id: newId(),
        subdistrict_id: subdistrictId,
        unit_id: unit.id,
        unit_path: unit.path,
        assignee_id: null,
        permission: 'grid:case',
        ref: `MD-BENCH-${i}`,
        params: '{}',
        link: '/grid/cases',
        due_at: due,
        yellow_at: new Date(Date.parse(due) - 8 * 3_600_000).toISOString(),
        red_at: due,
        urgent_at: due,
        created_at: new Date(now - i * 1000).toISOString(),
        updated_at: new Date(now).toISOString(),
      });
    }
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('todo_items')
        .values(rows.slice(i, i + 500))
        .execute();
    // the badges' tallies, as the sync keeps them
    const tallies = new Map<string, number>();
    for (const r of rows) {
      const key = `p:${r.unit_id}:${r.permission} ${r.kind}`;
      tallies.set(key, (tallies.get(key) ?? 0) + 1);
    }
    for (const [key, n] of tallies) {
      const [addressee, kind] = key.split(' ') as [string, string];
      await db
        .insertInto('todo_tallies')
        .values({ addressee, kind, n })
        .onConflict((oc) =>
          oc
            .columns(['addressee', 'kind'])
            .doUpdateSet((eb) => ({ n: eb('todo_tallies.n', '+', eb.ref('excluded.n')) })),
        )
        .execute();
    }
    const community = Number(
      (
        await db
          .selectFrom('todo_items')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('unit_id', '=', secretary.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
    return { community };
  } finally {
    await db.destroy();
  }
}

export async function benchTodos(duration: number, postgresAdminUrl?: string): Promise<void> {
  const root = new URL('..', import.meta.url).pathname;
  const dataDir = mkdtempSync(join(tmpdir(), 'jishi-bench-todos-'));
  let databaseUrl = `sqlite:${join(dataDir, 'jishi.db')}`;
  let dropDb: (() => Promise<void>) | null = null;
  if (postgresAdminUrl) {
    const name = `jishi_bench_todos_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(postgresAdminUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDb = async () => {
      const c = new pg.Client({ connectionString: postgresAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const engine = postgresAdminUrl ? 'PostgreSQL' : 'SQLite';
  const server = await startProcess(
    ['--import', 'tsx', join(root, 'apps/server/src/main.ts')],
    {
      PORT,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      JISHI_MODE: 'demo',
      JISHI_JOBS: 'off',
      JISHI_SECOND_FACTOR: 'off',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
    },
    /running on/,
  );
  try {
    const { community } = await fillItems(databaseUrl, 10_000, 2_000);
    const cookie = await signIn('secretary');
    const residents = (await (await fetch(`${base}/api/residents?pageSize=1`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const detailUrl = `${base}/api/residents/${residents.items[0]?.id}`;
    const listUrl = `${base}/api/todos?pageSize=20`;
    const countsUrl = `${base}/api/todos/counts`;
    const check = (await (await fetch(listUrl, { headers: { cookie } })).json()) as { total: number };
    const headers = { cookie };
    for (const url of [detailUrl, listUrl, countsUrl]) await load(url, { connections: 100, duration: 2, headers });
    const detail = await load(detailUrl, { connections: 100, duration, headers });
    const list = await load(listUrl, { connections: 100, duration, headers });
    const counts = await load(countsUrl, { connections: 100, duration, headers });
    const show = (name: string, r: LoadResult) =>
      console.log(
        `S10 ${engine} ${name}: ${fmt(r.rps, 0)} req/s, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}` +
          (name === 'detail'
            ? ''
            : ` — ${fmt(detail.rps / r.rps, 2)}× the detail read's time per request (target ≤ 2×)`),
      );
    console.log(`S10 ${engine}: ${community} items at the secretary's community, her list total ${check.total}`);
    show('detail', detail);
    show('to-do list', list);
    show('badge counts', counts);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (dropDb) await dropDb();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
