import { type SelectQueryBuilder, sql } from 'kysely';
import type { Conn, DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { countByGridAt } from './residents.repo.ts';

/** Aggregate for dashboards (the caller has authorized): residents per grid at the end of a date. */
export async function residentsPerGridAt(deps: Deps, scope: OrgScope, date: string): Promise<Map<string, number>> {
  const rows = await countByGridAt(deps.db, scope, date, `${date}T23:59:59.999Z`);
  return new Map(rows.map((r) => [r.grid_id, Number(r.n)]));
}

/**
 * Needy residents still registered, per grid (all grids: the caller keeps those in its scope), optionally only
 * those among a set of resident ids that another module selects from its own tables (e.g. pairing targets).
 */
export async function needyPerGrid<TB extends keyof DB>(
  db: Conn,
  among?: SelectQueryBuilder<DB, TB, { resident_id: string }>,
): Promise<{ unitId: string; value: number }[]> {
  let q = db
    .selectFrom('residents')
    .select(['grid_id', sql<number>`count(*)`.as('n')])
    .where('is_needy', '=', 1)
    .where('removed_at', 'is', null);
  if (among) q = q.where('id', 'in', among);
  const rows = await q.groupBy('grid_id').execute();
  return rows.map((r) => ({ unitId: r.grid_id, value: Number(r.n) }));
}
