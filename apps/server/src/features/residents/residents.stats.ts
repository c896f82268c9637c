import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { countByGridAt } from './residents.repo.ts';

/** Aggregate for dashboards (the caller has authorized): residents per grid at the end of a date. */
export async function residentsPerGridAt(deps: Deps, scope: OrgScope, date: string): Promise<Map<string, number>> {
  const rows = await countByGridAt(deps.db, scope, date, `${date}T23:59:59.999Z`);
  return new Map(rows.map((r) => [r.grid_id, Number(r.n)]));
}
