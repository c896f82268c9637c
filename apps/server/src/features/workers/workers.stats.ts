import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

/** Aggregate for dashboards (the caller has authorized): workers per unit and origin, as registered by a date. */
export async function workersPerUnitAt(deps: Deps, scope: OrgScope, date: string) {
  const rows = await deps.db
    .selectFrom('workers as w')
    .innerJoin('org_units as u', 'u.id', 'w.unit_id')
    .select(['w.unit_id', 'u.kind as unit_kind', 'w.origin', (eb) => eb.fn.countAll<number>().as('n')])
    .where(pathInScope('u.path', scope))
    .where('w.joined_on', '<=', date)
    .groupBy(['w.unit_id', 'u.kind', 'w.origin'])
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, unitKind: r.unit_kind, origin: r.origin, count: Number(r.n) }));
}
