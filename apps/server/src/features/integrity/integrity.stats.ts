import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

export interface IntegrityTally {
  unitId: string;
  exercises: number;
  openAlerts: number;
}

/** Aggregate for dashboards (the caller has authorized): exercises opened and alerts still open, per community. */
export async function tallyPerUnit(deps: Deps, scope: OrgScope): Promise<IntegrityTally[]> {
  const ex = await deps.db
    .selectFrom('power_exercises as e')
    .innerJoin('org_units as u', 'u.id', 'e.unit_id')
    .where(pathInScope('u.path', scope))
    .select(['e.unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('e.unit_id')
    .execute();
  const al = await deps.db
    .selectFrom('supervision_alerts as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .where(pathInScope('u.path', scope))
    .where('a.status', '!=', 'closed')
    .select(['a.unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('a.unit_id')
    .execute();
  const ids = [...new Set([...ex.map((r) => r.unit_id), ...al.map((r) => r.unit_id)])];
  return ids.map((unitId) => ({
    unitId,
    exercises: Number(ex.find((r) => r.unit_id === unitId)?.n ?? 0),
    openAlerts: Number(al.find((r) => r.unit_id === unitId)?.n ?? 0),
  }));
}
