import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import type { DB } from '../apps/server/src/db-schema.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { createMemoryFileStore } from '../apps/server/src/platform/files/file-store.ts';
import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import { indicatorValues, evaluate } from '../apps/server/src/features/indicators/indicators.service.ts';
import { MATTERS_OPENED } from '../apps/server/src/features/indicators/rollups.service.ts';
import { seedDemo } from '../apps/server/src/seed/seed-demo.ts';
import { fmt, percentile } from './lib.ts';
import type { Deps } from '../apps/server/src/deps.ts';

const ROWS_PER_INSERT = 500;
const ROWS_PER_TRANSACTION = 50_000;

async function p95(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return percentile(times, 95);
}

/**
 * Adds `count` matters (the detail rows behind "matters deliberated") spread over the demo's halls and
 * 2010–2025, one transaction per 50,000 rows; each transaction also adds the rows to the roll-up
 * cells, as the services do on write (one upsert per touched cell).
 */
async function addRows(deps: Deps, count: number): Promise<number> {
  const base = await deps.db.selectFrom('decision_matters').selectAll().execute();
  const now = new Date().toISOString();
  const started = performance.now();
  for (let start = 0; start < count; start += ROWS_PER_TRANSACTION) {
    const end = Math.min(count, start + ROWS_PER_TRANSACTION);
    await deps.db.transaction().execute(async (trx) => {
      const cells = new Map<string, { unit: string; day: string; n: number }>();
      for (let s = start; s < end; s += ROWS_PER_INSERT) {
        const rows = Array.from({ length: Math.min(ROWS_PER_INSERT, end - s) }, (_, k) => {
          const n = s + k;
          const model = base[n % base.length];
          const day = `${2010 + (n % 16)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
          const key = `${model.unit_id}|${day}`;
          const c = cells.get(key);
          if (c) c.n += 1; else cells.set(key, { unit: model.unit_id, day, n: 1 });
          return { ...model, id: `s6-${String(n).padStart(9, '0')}`, title: `议题${n}`, opened_on: day, solved_on: null, created_at: now, updated_at: now };
        });
        await trx.insertInto('decision_matters').values(rows).execute();
      }
      for (const c of cells.values()) {
        await trx.insertInto('indicator_rollups').values({ counter: MATTERS_OPENED, unit_id: c.unit, day: c.day, value: c.n })
          .onConflict((oc) => oc.columns(['counter', 'unit_id', 'day']).doUpdateSet({ value: sql<number>`indicator_rollups.value + ${c.n}` })).execute();
      }
    });
  }
  return (performance.now() - started) / 1000;
}

/**
 * S6: the dashboard over `count` generated detail rows — "matters deliberated" for the subdistrict and
 * one year read from the roll-ups — against the raw GROUP BY over the detail rows, same run, same database.
 */
export async function benchDashboard(count: number, databaseUrl?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'jishi-s6-'));
  const config = loadConfig({ DATA_DIR: dir, JISHI_MODE: 'demo', JISHI_DATA_KEY: Buffer.alloc(32, 5).toString('base64'), ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const { db, engine } = openDatabase<DB>(config.databaseUrl);
  const deps: Deps = { db, engine, config, cipher: createFieldCipher(Buffer.alloc(32, 5)), files: createMemoryFileStore() };
  try {
    await migrateToLatest(db, engine);
    await seedDemo(deps);
    const seconds = await addRows(deps, count);
    // planner statistics after the bulk load, as autovacuum (PostgreSQL) or a maintenance job would gather them
    await sql`ANALYZE`.execute(db);
    const total = Number((await db.selectFrom('decision_matters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const actor = systemActor();
    const sub = await db.selectFrom('org_units').select(['id', 'name', 'kind', 'path']).where('name', '=', '秦岭路街道').executeTakeFirstOrThrow();
    const year = { from: '2015-01-01', to: '2015-12-31' };
    const target = [{ id: sub.id, name: sub.name, kind: sub.kind, path: sub.path }];
    const scope = actor.scope;
    const raw = () => db.selectFrom('decision_matters as m').innerJoin('org_units as u', 'u.id', 'm.unit_id')
      .where('u.path', 'like', `${sub.path}%`).where('m.opened_on', '>=', year.from).where('m.opened_on', '<=', year.to)
      .select(['u.path', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('u.path').execute();
    const viaRollups = () => evaluate(deps, scope, target, year, ['decisions.matters']);
    const rawCount = (await raw()).reduce((s, r) => s + Number(r.n), 0);
    const rolled = (await viaRollups()).get('decisions.matters')?.[0];
    if (rolled !== rawCount) throw new Error(`S6: roll-up ${rolled} ≠ raw recount ${rawCount}`);
    const rawP95 = await p95(10, raw);
    const rollupP95 = await p95(40, viaRollups);
    const dashboardP95 = await p95(20, () => indicatorValues(deps, actor, { unitId: sub.id, ...year, compare: 'previous' }));
    console.log(`S6 dashboard (${engine.name}): ${total} matters (${count} generated in ${fmt(seconds)} s); 2015 value ${rawCount} equal on both paths`);
    console.log(`S6 "matters deliberated" 2015: roll-ups p95 ${fmt(rollupP95)} ms vs raw GROUP BY p95 ${fmt(rawP95)} ms (${fmt(rawP95 / rollupP95)}× faster)`);
    console.log(`S6 whole dashboard (every indicator + comparison period): p95 ${fmt(dashboardP95)} ms`);
    return { total, seconds, rawP95, rollupP95, dashboardP95 };
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
