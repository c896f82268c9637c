import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

/** Aggregates for dashboards (the caller has authorized): members who had joined by a date, and branches. */
export async function partyCountsAt(
  deps: Deps,
  scope: OrgScope,
  date: string,
): Promise<{ members: number; branches: number }> {
  const members = await deps.db
    .selectFrom('party_members as m')
    .innerJoin('party_orgs as b', 'b.id', 'm.branch_id')
    .innerJoin('org_units as t', 't.id', 'b.territory_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(pathInScope('t.path', scope))
    .where('m.join_date', '<=', date)
    .executeTakeFirstOrThrow();
  const branches = await deps.db
    .selectFrom('party_orgs as b')
    .innerJoin('org_units as t', 't.id', 'b.territory_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(pathInScope('t.path', scope))
    .where('b.kind', '=', 'branch')
    .executeTakeFirstOrThrow();
  return { members: Number(members.n), branches: Number(branches.n) };
}
