import { sql } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { cellRanges, monthCellsOf } from './indicators.engine.ts';

/** Adds `delta` to one (counter, unit, day) cell and to its month cell; the same upserts on both engines. */
export async function addToCell(db: Conn, counter: string, unitId: string, day: string, delta: number): Promise<void> {
  await db
    .insertInto('indicator_rollups')
    .values({ counter, unit_id: unitId, day, value: delta })
    .onConflict((oc) =>
      oc.columns(['counter', 'unit_id', 'day']).doUpdateSet({ value: sql<number>`indicator_rollups.value + ${delta}` }),
    )
    .execute();
  await db
    .insertInto('indicator_rollups_month')
    .values({ counter, unit_id: unitId, month: day.slice(0, 7), value: delta })
    .onConflict((oc) =>
      oc
        .columns(['counter', 'unit_id', 'month'])
        .doUpdateSet({ value: sql<number>`indicator_rollups_month.value + ${delta}` }),
    )
    .execute();
}

const EVER = '0001-01-01';

/**
 * Per counter and unit (with its current path): the sum of the counters' cells with day in [from, to]
 * (from null = since the beginning). Whole months are read from the month cells, the days at the
 * period's edges from the day cells, all in one statement.
 */
export async function sumPerCounterAndUnit(
  db: Conn,
  counters: readonly string[],
  scope: OrgScope,
  from: string | null,
  to: string,
) {
  if (counters.length === 0) return [];
  const { months, days } = cellRanges(from ?? EVER, to);
  const parts = [];
  if (months) {
    parts.push(
      db
        .selectFrom('indicator_rollups_month')
        .select(['counter', 'unit_id', 'value'])
        .where('counter', 'in', counters)
        .where('month', '>=', months.from)
        .where('month', '<=', months.to),
    );
  }
  for (const d of days) {
    parts.push(
      db
        .selectFrom('indicator_rollups')
        .select(['counter', 'unit_id', 'value'])
        .where('counter', 'in', counters)
        .where('day', '>=', d.from)
        .where('day', '<=', d.to),
    );
  }
  if (parts.length === 0) return [];
  const cells = parts.slice(1).reduce((q, p) => q.unionAll(p), parts[0]);
  const rows = await db
    .selectFrom(cells.as('c'))
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .where(pathInScope('u.path', scope))
    .select(['c.counter', 'u.path', (eb) => eb.fn.sum<number>('c.value').as('v')])
    .groupBy(['c.counter', 'u.path'])
    .execute();
  return rows.map((r) => ({ counter: r.counter, path: r.path, value: Number(r.v) }));
}

export const cellsOf = (db: Conn, counter: string) =>
  db
    .selectFrom('indicator_rollups')
    .select(['unit_id', 'day', 'value'])
    .where('counter', '=', counter)
    .where('value', '!=', 0)
    .execute();

export const monthCellsStored = (db: Conn, counter: string) =>
  db
    .selectFrom('indicator_rollups_month')
    .select(['unit_id', 'month', 'value'])
    .where('counter', '=', counter)
    .where('value', '!=', 0)
    .execute();

export async function clearCounter(db: Conn, counter: string): Promise<void> {
  await db.deleteFrom('indicator_rollups').where('counter', '=', counter).execute();
  await db.deleteFrom('indicator_rollups_month').where('counter', '=', counter).execute();
}

const chunksOf = <T>(rows: readonly T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** Writes a counter's day cells and the month cells they sum to (after `clearCounter`). */
export async function insertCells(
  db: Conn,
  counter: string,
  cells: { unit_id: string; day: string; value: number }[],
): Promise<void> {
  for (const chunk of chunksOf(cells))
    await db
      .insertInto('indicator_rollups')
      .values(chunk.map((c) => ({ counter, ...c })))
      .execute();
  for (const chunk of chunksOf(monthCellsOf(cells)))
    await db
      .insertInto('indicator_rollups_month')
      .values(chunk.map((c) => ({ counter, ...c })))
      .execute();
}
