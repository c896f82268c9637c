import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

/** Units in force under the scope (optionally under a path), from the subdistrict down to grids: the rows compliance and dashboards roll up to. */
export const unitsUnder = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = db
    .selectFrom('org_units')
    .select(['id', 'name', 'kind', 'path', 'parent_id'])
    .where(pathInScope('path', scope))
    .where('valid_to', 'is', null)
    .where('kind', 'in', ['subdistrict', 'community', 'village', 'grid', 'micro_grid']);
  if (unitPath) q = q.where('path', 'like', `${unitPath}%`);
  return q.orderBy('path').execute();
};
export type UnitRow = Awaited<ReturnType<typeof unitsUnder>>[number];

/** Subdistricts lying inside the scope (a scope above subdistrict level reaches several). */
export const subdistrictsIn = (db: Conn, scope: OrgScope) =>
  db.selectFrom('org_units').select('id').where('kind', '=', 'subdistrict').where(pathInScope('path', scope)).execute();
