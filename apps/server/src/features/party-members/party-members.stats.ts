import { type SelectQueryBuilder, sql } from 'kysely';
import type { Conn, DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { territoryOfOrgs } from '../party-orgs/party-orgs.stats.ts';

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

/**
 * Members who had joined by a date, per territory unit of their branch (all units: the caller keeps those in its
 * scope), optionally only those among a set of member ids another module selects from its own tables (e.g. those
 * who completed a course).
 */
export async function membersPerTerritoryAt<TB extends keyof DB>(
  db: Conn,
  date: string,
  among?: SelectQueryBuilder<DB, TB, { member_id: string }>,
): Promise<{ unitId: string; value: number }[]> {
  let q = db
    .selectFrom('party_members')
    .select(['branch_id', sql<number>`count(*)`.as('n')])
    .where('join_date', '<=', date);
  if (among) q = q.where('id', 'in', among);
  const [rows, territoryOf] = await Promise.all([q.groupBy('branch_id').execute(), territoryOfOrgs(db)]);
  const perUnit = new Map<string, number>();
  for (const r of rows) {
    const unitId = territoryOf.get(r.branch_id);
    if (unitId !== undefined) perUnit.set(unitId, (perUnit.get(unitId) ?? 0) + Number(r.n));
  }
  return [...perUnit].map(([unitId, value]) => ({ unitId, value }));
}
