import type { UnitKind } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

export interface HallTally {
  unitId: string;
  name: string;
  kind: UnitKind;
  opened: number;
  solved: number;
}

/**
 * Aggregate for dashboards (the caller has authorized): per hall, matters opened and problems solved
 * (result notice published) between two dates, inclusive. One grouped query.
 */
export async function tallyPerHall(deps: Deps, scope: OrgScope, from: string, to: string): Promise<HallTally[]> {
  const rows = await deps.db
    .selectFrom('decision_matters as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .where(pathInScope('u.path', scope))
    .where((eb) => eb.or([eb.between('m.opened_on', from, to), eb.between('m.solved_on', from, to)]))
    .select(['m.unit_id', 'u.name', 'u.kind', 'u.path'])
    .select((eb) => [
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.between('m.opened_on', from, to))
            .then(1)
            .else(0)
            .end(),
        )
        .as('opened'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.between('m.solved_on', from, to))
            .then(1)
            .else(0)
            .end(),
        )
        .as('solved'),
    ])
    .groupBy(['m.unit_id', 'u.name', 'u.kind', 'u.path'])
    .orderBy('u.path')
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    name: r.name,
    kind: r.kind,
    opened: Number(r.opened),
    solved: Number(r.solved),
  }));
}
