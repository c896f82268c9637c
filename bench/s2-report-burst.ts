import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import type { DB } from '../apps/server/src/db/schema.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createFieldCipher, randomToken, sha256Hex } from '../apps/server/src/platform/crypto.ts';
import { deriveAuditKeys } from '../apps/server/src/platform/audit-chain-crypto.ts';
import { createMemoryFileStore } from '../apps/server/src/platform/files/file-store.ts';
import { newId } from '../apps/server/src/platform/ids.ts';
import { nowIsoOf, systemClock } from '../apps/server/src/platform/clock.ts';
import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import { sessionCookieName } from '../apps/server/src/features/auth/session-cookie.ts';
import { scopeForUnitPath } from '../apps/server/src/features/auth/scope.ts';
import { createSubdistrict, createUnit } from '../apps/server/src/features/territory/territory.service.ts';
import { submitReport } from '../apps/server/src/features/grid/reports.service.ts';
import { ROLE_PERMISSIONS } from '@jishi/shared';
import type { Deps } from '../apps/server/src/deps.ts';
import type { Actor } from '../apps/server/src/platform/actor.ts';
import { fmt, startProcess } from './lib.ts';
import { insertSpecialists } from './grid-fixtures.ts';

/**
 * S2, the 17:00 burst: thousands of distinct grid-worker sessions file their daily screening report
 * (report + items + roll-up to grid/community/subdistrict + audit, one transaction) over HTTP, against
 * the same service call in a bare loop without HTTP, in the same run and on the same database.
 * Then a fixed 1,000 reports/s for the p99. Each (person, day) is used once: days go backwards.
 */
const COMMUNITIES = 10;
const GRIDS_PER_COMMUNITY = 20;
const WORKERS = 2000;

interface Worker {
  userId: string;
  gridId: string;
  gridPath: string;
  cookie: string;
  csrf: string;
}

async function prepare(deps: Deps): Promise<Worker[]> {
  const system = systemActor();
  const sub = await createSubdistrict(deps, system, {
    name: `压测街道${Date.now() % 100000}`,
    validFrom: '2010-01-01',
  });
  const grids: { id: string; path: string }[] = [];
  for (let c = 0; c < COMMUNITIES; c++) {
    const community = await createUnit(deps, system, {
      parentId: sub.id,
      kind: 'community',
      name: `压测社区${c}`,
      validFrom: '2010-01-01',
    });
    for (let g = 0; g < GRIDS_PER_COMMUNITY; g++) {
      const grid = await createUnit(deps, system, {
        parentId: community.id,
        kind: 'grid',
        name: `压测社区${c}网格${g}`,
        validFrom: '2010-01-01',
      });
      grids.push({
        id: grid.id,
        path: (await deps.db.selectFrom('org_units').select('path').where('id', '=', grid.id).executeTakeFirstOrThrow())
          .path,
      });
    }
  }
  // Accounts, posts and sessions are fixtures here (inserted in bulk); the report path is what is measured.
  const now = nowIsoOf(systemClock);
  const cookieName = sessionCookieName(deps.config.cookieSecure);
  const workers: Worker[] = [];
  for (let start = 0; start < WORKERS; start += 250) {
    const batch = Array.from({ length: Math.min(250, WORKERS - start) }, (_, k) => {
      const grid = grids[(start + k) % grids.length];
      return { userId: newId(), grid, token: randomToken(), csrf: randomToken(24), n: start + k };
    });
    await insertSpecialists(
      deps,
      batch.map((b) => ({ userId: b.userId, gridId: b.grid.id, n: b.n })),
      'burst',
      now,
    );
    await deps.db
      .insertInto('sessions')
      .values(
        batch.map((b) => ({
          id: sha256Hex(b.token),
          user_id: b.userId,
          csrf_token: b.csrf,
          created_at: now,
          last_seen_at: now,
          ip: '127.0.0.1',
        })),
      )
      .execute();
    workers.push(
      ...batch.map((b) => ({
        userId: b.userId,
        gridId: b.grid.id,
        gridPath: b.grid.path,
        cookie: `${cookieName}=${b.token}`,
        csrf: b.csrf,
      })),
    );
  }
  return workers;
}

const actorOf = (w: Worker): Actor => ({
  userId: w.userId,
  username: w.userId,
  displayName: w.userId,
  role: 'grid_worker',
  permissions: new Set(ROLE_PERMISSIONS.grid_worker),
  scope: scopeForUnitPath(w.gridPath),
  scopeUnitId: w.gridId,
  ip: '127.0.0.1',
  requestId: 'bench',
  lang: 'zh-CN',
});

/** Day n before 2026-01-01 (each worker files at most once per day; every phase takes fresh days). */
const dayOf = (n: number) => new Date(Date.parse('2026-01-01T00:00:00Z') - n * 86_400_000).toISOString().slice(0, 10);
const body = (w: Worker, day: string, n: number) => ({
  gridId: w.gridId,
  date: day,
  zero: n % 5 !== 0,
  items: n % 5 === 0 ? [{ kind: 'visit', description: '走访独居老人' }] : [],
  idempotencyKey: crypto.randomUUID(),
});

/** Hands out (worker, day) pairs in order: all workers for a day, then the next day back. */
function pairs(workers: Worker[], firstDay: number) {
  let i = 0;
  return () => {
    const w = workers[i % workers.length];
    const day = dayOf(firstDay + Math.floor(i / workers.length));
    i += 1;
    return { w, day, n: i };
  };
}

async function rawRate(deps: Deps, workers: Worker[], seconds: number): Promise<number> {
  const next = pairs(workers, 0);
  const end = performance.now() + seconds * 1000;
  let done = 0;
  const t0 = performance.now();
  while (performance.now() < end) {
    const { w, day, n } = next();
    await submitReport(deps, actorOf(w), body(w, day, n) as Parameters<typeof submitReport>[2]);
    done += 1;
  }
  return done / ((performance.now() - t0) / 1000);
}

async function httpLoad(
  url: string,
  workers: Worker[],
  firstDay: number,
  opts: { seconds: number; connections: number; rate?: number },
) {
  const next = pairs(workers, firstDay);
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    overallRate: opts.rate,
    requests: [
      {
        method: 'POST',
        path: '/api/grid/reports',
        setupRequest: (req) => {
          const { w, day, n } = next();
          return {
            ...req,
            headers: { 'content-type': 'application/json', cookie: w.cookie, 'x-csrf-token': w.csrf },
            body: JSON.stringify(body(w, day, n)),
          };
        },
      },
    ],
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

export async function benchReportBurst(seconds: number, databaseUrl?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'jishi-s2-'));
  const url = databaseUrl ?? `sqlite:${join(dir, 's2.db')}`;
  const port = String(4100 + (process.pid % 200));
  const env = {
    DATA_DIR: dir,
    DATABASE_URL: url,
    PORT: port,
    JISHI_MODE: 'demo',
    JISHI_DATA_KEY: Buffer.alloc(32, 3).toString('base64'),
    LOG_LEVEL: 'warn',
    // The burst's grid-worker accounts are fixtures with sessions inserted directly (no TOTP enrolment).
    JISHI_SECOND_FACTOR: 'off',
  };
  const config = loadConfig(env);
  const { db, engine } = openDatabase<DB>(url);
  const deps: Deps = {
    db,
    engine,
    config,
    cipher: createFieldCipher(Buffer.alloc(32, 3)),
    auditKeys: deriveAuditKeys(Buffer.alloc(32, 3)),
    files: createMemoryFileStore(),
    clock: systemClock,
  };
  const label = databaseUrl ? 'PostgreSQL' : 'SQLite';
  let server: Awaited<ReturnType<typeof startProcess>> | null = null;
  try {
    await migrateToLatest(db, engine, deps.auditKeys);
    const workers = await prepare(deps);
    const raw = await rawRate(deps, workers, seconds);
    await db.destroy();
    server = await startProcess(['--import', 'tsx', 'bench/s2-server.ts'], env, /S2 server listening/);
    const base = `http://127.0.0.1:${port}`;
    // Days 0.. were used by the raw loop (at most ~30 000 reports = 15 days); HTTP phases start further back.
    const max = await httpLoad(base, workers, 100, { seconds, connections: 32 });
    const paced = await httpLoad(base, workers, 300, { seconds, connections: 64, rate: 1000 });
    console.log(
      `S2 17:00 burst (${label}, ${WORKERS} sessions): raw ${fmt(raw, 0)} reports/s; HTTP ${fmt(max.rps, 0)} reports/s (${fmt(max.rps / raw, 2)}× raw), p99 ${max.p99} ms, non-2xx ${max.non2xx}`,
    );
    console.log(
      `S2 at 1,000 reports/s (${label}): achieved ${fmt(paced.rps, 0)}/s, p99 ${paced.p99} ms, non-2xx ${paced.non2xx}`,
    );
    return { raw, max, paced };
  } finally {
    await db.destroy().catch(() => undefined);
    if (server) {
      const s = server;
      s.kill('SIGTERM');
      await new Promise((r) => s.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
