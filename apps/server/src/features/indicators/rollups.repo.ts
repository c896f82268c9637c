import { sql } from 'kysely';
import type { Conn } from '../../db-schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

/** Adds `delta` to one (counter, unit, day) cell; the same upsert on both engines. */
export const addToCell = (db: Conn, counter: string, unitId: string, day: string, delta: number) =>
  db.insertInto('indicator_rollups').values({ counter, unit_id: unitId, day, value: delta })
    .onConflict((oc) => oc.columns(['counter', 'unit_id', 'day']).doUpdateSet({ value: sql<number>`indicator_rollups.value + ${delta}` }))
    .execute();

/** Per unit (with its current path): the sum of a counter's cells with day in [from, to] (from null = since the beginning). */
export async function sumPerUnit(db: Conn, counter: string, scope: OrgScope, from: string | null, to: string) {
  let q = db.selectFrom('indicator_rollups as r').innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .where('r.counter', '=', counter).where('r.day', '<=', to).where(pathInScope('u.path', scope));
  if (from) q = q.where('r.day', '>=', from);
  const rows = await q.select(['u.path', (eb) => eb.fn.sum<number>('r.value').as('v')]).groupBy('u.path').execute();
  return rows.map((r) => ({ path: r.path, value: Number(r.v) }));
}

export const cellsOf = (db: Conn, counter: string) =>
  db.selectFrom('indicator_rollups').select(['unit_id', 'day', 'value']).where('counter', '=', counter).where('value', '!=', 0).execute();

export const clearCounter = (db: Conn, counter: string) => db.deleteFrom('indicator_rollups').where('counter', '=', counter).execute();

export async function insertCells(db: Conn, counter: string, cells: { unit_id: string; day: string; value: number }[]): Promise<void> {
  for (let i = 0; i < cells.length; i += 500) {
    const chunk = cells.slice(i, i + 500).map((c) => ({ counter, ...c }));
    if (chunk.length) await db.insertInto('indicator_rollups').values(chunk).execute();
  }
}
