import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { sql } from 'kysely';
import { pathInBranch, pathInScope } from '../../db/scope-sql.ts';
import { containsPattern, likeEscaped } from '../../db/dialect.ts';
import type { PartyMemberTable } from './party-members.table.ts';

function base(db: Conn, scope: OrgScope) {
  return db
    .selectFrom('party_members as m')
    .innerJoin('party_orgs as b', 'b.id', 'm.branch_id')
    .innerJoin('org_units as t', 't.id', 'b.territory_id')
    .where(pathInScope('t.path', scope));
}

export async function listMembers(
  db: Conn,
  scope: OrgScope,
  filter: { branchPath?: string; q?: string; onlyBranchId?: string | null },
  page: number,
  pageSize: number,
) {
  let q = base(db, scope).where(pathInBranch('b.path', filter.onlyBranchId));
  if (filter.branchPath) q = q.where('b.path', 'like', `${filter.branchPath}%`);
  if (filter.q) q = q.where(likeEscaped(sql.ref<string>('m.name'), containsPattern(filter.q)));
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('m')
    .select(['b.name as branch_name', 't.path as territory_path'])
    .orderBy('m.name')
    .orderBy('m.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export const findMember = (db: Conn, id: string) =>
  db
    .selectFrom('party_members as m')
    .innerJoin('party_orgs as b', 'b.id', 'm.branch_id')
    .innerJoin('org_units as t', 't.id', 'b.territory_id')
    .selectAll('m')
    .select(['b.name as branch_name', 't.path as territory_path'])
    .where('m.id', '=', id)
    .executeTakeFirst();

export const insertMember = (db: Conn, row: PartyMemberTable) => db.insertInto('party_members').values(row).execute();
export const updateMember = (db: Conn, id: string, patch: Partial<PartyMemberTable>) =>
  db.updateTable('party_members').set(patch).where('id', '=', id).execute();

/** Every member's id and branch, by id (the demo seeds). */
export const allMemberBranches = (db: Conn) =>
  db.selectFrom('party_members').select(['id', 'branch_id']).orderBy('id').execute();
