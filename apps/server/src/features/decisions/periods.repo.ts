import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { DecisionPeriodTable } from './decisions.table.ts';
import { ancestorIdsOf } from '../../platform/org-scope.ts';

/** Closed months of units in the scope and of the units above it (a subdistrict-wide closing applies below). */
export const listPeriods = (db: Conn, scope: OrgScope, unitIds?: string[]) => {
  let q = db
    .selectFrom('decision_periods as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select('u.name as unit_name')
    .where((eb) => eb.or([pathInScope('u.path', scope), eb('p.unit_id', 'in', ['', ...ancestorIdsOf(scope.paths)])]));
  if (unitIds) q = q.where('p.unit_id', 'in', ['', ...unitIds]);
  return q.orderBy('p.month', 'desc').orderBy('u.name').execute();
};

export const insertPeriod = (db: Conn, row: DecisionPeriodTable) =>
  db.insertInto('decision_periods').values(row).execute();
