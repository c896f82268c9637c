import { sql, type Kysely } from 'kysely';
import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import {
  indicatorChildren,
  indicatorValues,
  evaluate,
} from '../apps/server/src/features/indicators/indicators.service.ts';
import { gridFiguresView } from '../apps/server/src/features/grid/figures.service.ts';
import { COUNTERS } from '../apps/server/src/features/indicators/catalogue.ts';
import {
  CASES_REGISTERED,
  CASES_RESOLVED,
  CASES_RESOLVED_AT_GRID,
} from '../apps/server/src/features/grid/grid.indicators.ts';
import { seedDemo } from '../apps/server/src/seed/seed-demo.ts';
import type { DB } from '../apps/server/src/db/schema.ts';
import { fmt, p95, withScratchDeps } from './lib.ts';

/** Rows per generating statement (one transaction each). */
const CHUNK = 500_000;
/** 2010-01-01 … 2025-12-31: the days the generated cases are spread over. */
const FIRST_DAY = Date.UTC(2010, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 0, 1) - FIRST_DAY) / 86_400_000);

/**
 * Adds `count` dispute cases (the detail rows behind "disputes screened / resolved / resolved at grid
 * level") to the demo's grids, spread evenly over 2010–2025: all but one in 500 resolved and closed the
 * same day (one in five of them at community level); the rest still in mediation. Generated inside the database (a recursive series joined to two
 * small lookup tables, portable SQL), 500,000 rows per statement. Then the three counters' day and month
 * cells and the grid dashboard's case mix are added by one grouped upsert each, as a rebuild after a bulk
 * import would.
 */
type Lookups = {
  bench_s6_grids: { k: number; grid_id: string };
  bench_s6_days: { k: number; day: string };
};

async function addCases(base: Kysely<DB>, count: number): Promise<number> {
  const db = base.withTables<Lookups>();
  const started = performance.now();
  const grids = await db
    .selectFrom('org_units')
    .select('id')
    .where('kind', '=', 'grid')
    .where('valid_to', 'is', null)
    .orderBy('path')
    .execute();
  const creator = (await db.selectFrom('users').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
  await db.schema
    .createTable('bench_s6_grids')
    .addColumn('k', 'integer', (c) => c.primaryKey())
    .addColumn('grid_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('bench_s6_days')
    .addColumn('k', 'integer', (c) => c.primaryKey())
    .addColumn('day', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('bench_s6_grids')
    .values(grids.map((g, k) => ({ k, grid_id: g.id })))
    .execute();
  const days = Array.from({ length: DAYS }, (_, k) => ({
    k,
    day: new Date(FIRST_DAY + k * 86_400_000).toISOString().slice(0, 10),
  }));
  for (let i = 0; i < days.length; i += 500)
    await db
      .insertInto('bench_s6_days')
      .values(days.slice(i, i + 500))
      .execute();
  const g = grids.length;
  const now = new Date().toISOString();
  for (let start = 0; start < count; start += CHUNK) {
    const last = Math.min(count, start + CHUNK) - 1;
    // ids of one width (1,000,000,000 + n), so text order is insertion order
    await sql`
      WITH RECURSIVE s(n) AS (SELECT ${sql.lit(start)} UNION ALL SELECT n + 1 FROM s WHERE n < ${sql.lit(last)})
      INSERT INTO dispute_cases (id, number, grid_id, source, category, risk, level, status, place, description,
        registered_at, stage_started_at, resolved_level, resolved_at, closed_at, idempotency_key, created_by, created_at, updated_at)
      SELECT 'bench-' || (n + 1000000000), 'B' || (n + 1000000000), g.grid_id, 'visit', 'neighbours', 'low',
        CASE WHEN n % 5 = 0 THEN 'community' ELSE 'grid' END,
        CASE WHEN n % 500 = 0 THEN 'mediating' ELSE 'closed' END,
        '生成地点', '基准测试生成的矛盾纠纷', d.day || 'T02:00:00.000Z', d.day || 'T02:00:00.000Z',
        CASE WHEN n % 500 <> 0 THEN CASE WHEN n % 5 = 0 THEN 'community' ELSE 'grid' END END,
        CASE WHEN n % 500 <> 0 THEN d.day || 'T09:00:00.000Z' END,
        CASE WHEN n % 500 <> 0 THEN d.day || 'T10:00:00.000Z' END,
        'bench-key-' || (n + 1000000000), ${creator}, ${now}, ${now}
      FROM s JOIN bench_s6_grids g ON g.k = n % ${sql.lit(g)} JOIN bench_s6_days d ON d.k = (n / ${sql.lit(g)}) % ${sql.lit(DAYS)}`.execute(
      db,
    );
  }
  const generated = sql`FROM dispute_cases WHERE id LIKE 'bench-%'`;
  const counted: [string, string, ReturnType<typeof sql>][] = [
    [CASES_REGISTERED, 'registered_at', sql``],
    [CASES_RESOLVED, 'resolved_at', sql`AND resolved_at IS NOT NULL`],
    [CASES_RESOLVED_AT_GRID, 'resolved_at', sql`AND resolved_at IS NOT NULL AND resolved_level = 'grid'`],
  ];
  // the generated instants are 02:00 and 09:00 UTC: their Asia/Shanghai day is their UTC date
  for (const [counter, column, extra] of counted) {
    const at = sql.ref(column);
    await sql`INSERT INTO indicator_rollups (counter, unit_id, day, value)
      SELECT ${counter}, grid_id, substr(${at}, 1, 10), count(*) ${generated} ${extra} GROUP BY grid_id, substr(${at}, 1, 10)
      ON CONFLICT (counter, unit_id, day) DO UPDATE SET value = indicator_rollups.value + excluded.value`.execute(db);
    await sql`INSERT INTO indicator_rollups_month (counter, unit_id, month, value)
      SELECT ${counter}, grid_id, substr(${at}, 1, 7), count(*) ${generated} ${extra} GROUP BY grid_id, substr(${at}, 1, 7)
      ON CONFLICT (counter, unit_id, month) DO UPDATE SET value = indicator_rollups_month.value + excluded.value`.execute(
      db,
    );
  }
  // the grid dashboard's case mix (kept by the case service on write), for the generated cases
  await sql`INSERT INTO grid_case_mix (grid_id, day, category, level, status, resolved_level, n)
    SELECT grid_id, substr(registered_at, 1, 10), category, level, status, COALESCE(resolved_level, ''), count(*) ${generated}
    GROUP BY grid_id, substr(registered_at, 1, 10), category, level, status, COALESCE(resolved_level, '')
    ON CONFLICT (grid_id, day, category, level, status, resolved_level) DO UPDATE SET n = grid_case_mix.n + excluded.n`.execute(
    db,
  );
  await db.schema.dropTable('bench_s6_grids').execute();
  await db.schema.dropTable('bench_s6_days').execute();
  return (performance.now() - started) / 1000;
}

/**
 * S6: the indicator dashboard over `count` generated dispute cases — the subdistrict's 2015 figures read
 * from the roll-ups — against the raw GROUP BY over the detail rows, same run, same database.
 */
export async function benchDashboard(count: number, databaseUrl?: string) {
  return withScratchDeps(
    's6',
    5,
    async (deps) => {
      const { db, engine } = deps;
      await seedDemo(deps);
      const seconds = await addCases(db, count);
      // planner statistics after the bulk load, as autovacuum (PostgreSQL) or a maintenance job would gather them
      await sql`ANALYZE`.execute(db);
      const total = Number(
        (
          await db
            .selectFrom('dispute_cases')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      const actor = systemActor();
      const sub = await db
        .selectFrom('org_units')
        .select(['id', 'name', 'kind', 'path'])
        .where('name', '=', '秦岭路街道')
        .executeTakeFirstOrThrow();
      const year = { from: '2015-01-01', to: '2015-12-31' };
      const target = [{ id: sub.id, name: sub.name, kind: sub.kind, path: sub.path }];
      // every generated and demo case is in the roll-ups: each counter's day cells and month cells sum to the raw count
      for (const [counter, where] of [
        [CASES_REGISTERED, sql`1 = 1`],
        [CASES_RESOLVED, sql`resolved_at IS NOT NULL`],
        [CASES_RESOLVED_AT_GRID, sql`resolved_at IS NOT NULL AND resolved_level = 'grid'`],
      ] as const) {
        const [rawN, dayN, monthN] = await Promise.all([
          sql<{ n: number }>`SELECT count(*) AS n FROM dispute_cases WHERE ${where}`.execute(db),
          sql<{ n: number }>`SELECT sum(value) AS n FROM indicator_rollups WHERE counter = ${counter}`.execute(db),
          sql<{ n: number }>`SELECT sum(value) AS n FROM indicator_rollups_month WHERE counter = ${counter}`.execute(
            db,
          ),
        ]).then((rs) => rs.map((r) => Number(r.rows[0]?.n ?? 0)));
        if (rawN !== dayN || rawN !== monthN)
          throw new Error(`S6: ${counter}: raw ${rawN}, day cells ${dayN}, month cells ${monthN}`);
      }
      const raw = () =>
        db
          .selectFrom('dispute_cases as c')
          .innerJoin('org_units as u', 'u.id', 'c.grid_id')
          .where('u.path', 'like', `${sub.path}%`)
          .where('c.registered_at', '>=', `${year.from}T00:00:00`)
          .where('c.registered_at', '<=', `${year.to}T23:59:59.999Z`)
          .select(['u.path', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('u.path')
          .execute();
      const viaRollups = () => evaluate(deps, actor.scope, target, year, ['grid.disputes_screened']);
      const rawCount = (await raw()).reduce((s, r) => s + Number(r.n), 0);
      const rolled = (await viaRollups()).get('grid.disputes_screened')?.[0];
      if (rolled !== rawCount) throw new Error(`S6: roll-up ${rolled} ≠ raw GROUP BY ${rawCount}`);
      const rawP95 = await p95(10, raw);
      const rollupP95 = await p95(40, viaRollups);
      const dashboardP95 = await p95(40, () =>
        indicatorValues(deps, actor, { unitId: sub.id, ...year, compare: 'previous' }),
      );
      const drillP95 = await p95(20, () => indicatorChildren(deps, actor, { unitId: sub.id, ...year }));
      // the grid module's own dashboard (compliance, cases by category/level/status, warnings) over one month;
      // its case count (from the case mix) equals the raw count of the month's cases
      const december = { from: '2015-12-01', to: '2015-12-31' };
      const gridCases = (await gridFiguresView(deps, actor, { unitId: sub.id, ...december })).cases;
      const rawDecember = Number(
        (
          await db
            .selectFrom('dispute_cases')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('registered_at', '>=', '2015-11-30T16:00:00.000Z')
            .where('registered_at', '<', '2015-12-31T16:00:00.000Z')
            .executeTakeFirstOrThrow()
        ).n,
      );
      if (gridCases !== rawDecember) throw new Error(`S6: grid dashboard ${gridCases} cases ≠ raw ${rawDecember}`);
      const gridP95 = await p95(20, () => gridFiguresView(deps, actor, { unitId: sub.id, ...december }));
      console.log(
        `S6 dashboard (${engine.name}): ${total} dispute cases (${count} generated in ${fmt(seconds)} s); 2015 value ${rawCount} equal on both paths; every counter's cells sum to its raw count`,
      );
      console.log(
        `S6 "disputes screened" 2015: roll-ups p95 ${fmt(rollupP95)} ms vs raw GROUP BY p95 ${fmt(rawP95)} ms (${fmt(rawP95 / rollupP95)}× faster)`,
      );
      console.log(
        `S6 whole dashboard (all ${COUNTERS.length} counters and every live figure, + comparison period): p95 ${fmt(dashboardP95)} ms`,
      );
      console.log(`S6 drill-down (every indicator for each community): p95 ${fmt(drillP95)} ms`);
      console.log(
        `S6 grid dashboard (December 2015, ${rawDecember} cases, equal to the raw count): p95 ${fmt(gridP95)} ms`,
      );
      return { total, seconds, rawP95, rollupP95, dashboardP95, drillP95, gridP95 };
    },
    databaseUrl,
  );
}
