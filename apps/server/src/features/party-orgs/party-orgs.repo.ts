import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInBranch, pathInScope } from '../../db/scope-sql.ts';
import type { PartyOrgTable } from './party-orgs.table.ts';

/** Party organisations are scoped through the territory unit they are placed under. */
export const listInScope = (db: Conn, scope: OrgScope, branchId?: string | null) =>
  db
    .selectFrom('party_orgs as o')
    .innerJoin('org_units as t', 't.id', 'o.territory_id')
    .leftJoin('party_members as m', 'm.branch_id', 'o.id')
    .selectAll('o')
    .select(['t.path as territory_path', (eb) => eb.fn.count<number>('m.id').as('member_count')])
    .where(pathInScope('t.path', scope))
    .where(pathInBranch('o.path', branchId))
    .groupBy([
      'o.id',
      'o.parent_id',
      'o.kind',
      'o.category',
      'o.name',
      'o.territory_id',
      'o.path',
      'o.created_at',
      'o.updated_at',
      't.path',
    ])
    .orderBy('o.path')
    .execute();

export const findOrg = (db: Conn, id: string) =>
  db
    .selectFrom('party_orgs as o')
    .innerJoin('org_units as t', 't.id', 'o.territory_id')
    .selectAll('o')
    .select([
      't.path as territory_path',
      (eb) =>
        eb
          .selectFrom('party_members as m')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('m.branch_id', '=', 'o.id')
          .as('member_count'),
    ])
    .where('o.id', '=', id)
    .executeTakeFirst();

export const insertOrg = (db: Conn, row: PartyOrgTable) => db.insertInto('party_orgs').values(row).execute();
export const updateOrg = (db: Conn, id: string, patch: Partial<PartyOrgTable>) =>
  db.updateTable('party_orgs').set(patch).where('id', '=', id).execute();

/** Every Party branch with the territory unit it is placed under, by name (the demo seeds). */
export const allBranches = (db: Conn) =>
  db
    .selectFrom('party_orgs as b')
    .innerJoin('org_units as t', 't.id', 'b.territory_id')
    .select(['b.id', 'b.name', 't.id as community_id', 't.path'])
    .where('b.kind', '=', 'branch')
    .orderBy('b.name')
    .execute();
