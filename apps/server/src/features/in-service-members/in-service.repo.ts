import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInBranch, pathInScope } from '../../db/scope-sql.ts';
import type {
  InServiceEvaluationTable,
  InServiceMemberTable,
  InServiceRecordTable,
  JointUnitTable,
  ServicePostTable,
} from './in-service.table.ts';

export const insertPost = (db: Conn, row: ServicePostTable) => db.insertInto('service_posts').values(row).execute();
export const postsOf = (db: Conn, communityId: string) =>
  db.selectFrom('service_posts').selectAll().where('community_id', '=', communityId).orderBy('name').execute();
export const findPost = (db: Conn, id: string) =>
  db.selectFrom('service_posts').selectAll().where('id', '=', id).executeTakeFirst();

export const insertMember = (db: Conn, row: InServiceMemberTable) =>
  db.insertInto('in_service_members').values(row).execute();
export const insertMembers = (db: Conn, rows: InServiceMemberTable[]) =>
  db.insertInto('in_service_members').values(rows).execute();
export const updateMember = (db: Conn, id: string, patch: Partial<InServiceMemberTable>) =>
  db.updateTable('in_service_members').set(patch).where('id', '=', id).execute();

const memberBase = (db: Conn) =>
  db
    .selectFrom('in_service_members as m')
    .innerJoin('org_units as c', 'c.id', 'm.community_id')
    .innerJoin('service_posts as p', 'p.id', 'm.post_id')
    .leftJoin('party_orgs as b', 'b.id', 'm.branch_id')
    .selectAll('m')
    .select([
      'c.path as community_path',
      'c.name as community_name',
      'p.name as post_name',
      'b.path as branch_path',
      'b.name as branch_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('in_service_records as r')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('r.member_id', '=', 'm.id')
        .as('service_count'),
      eb
        .selectFrom('in_service_records as r')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('r.minutes'), e.val(0)).as('n'))
        .whereRef('r.member_id', '=', 'm.id')
        .as('service_minutes'),
    ]);

export type MemberRow = Awaited<ReturnType<typeof findMember>> & object;
export const findMember = (db: Conn, id: string) => memberBase(db).where('m.id', '=', id).executeTakeFirst();
export const memberOfUser = (db: Conn, userId: string) =>
  memberBase(db).where('m.user_id', '=', userId).executeTakeFirst();

/** Members in scope; `onlyBranchId` (a branch secretary's reach, see pathInBranch) keeps those their branch receives. */
export function listMembers(
  db: Conn,
  scope: OrgScope,
  filter: { communityPath?: string; workUnit?: string; onlyBranchId?: string | null },
) {
  let q = memberBase(db).where(pathInScope('c.path', scope)).where(pathInBranch('b.path', filter.onlyBranchId));
  if (filter.communityPath) q = q.where('c.path', 'like', `${filter.communityPath}%`);
  if (filter.workUnit) q = q.where('m.work_unit', '=', filter.workUnit);
  return q.orderBy('m.registered_on').orderBy('m.id').limit(2000).execute();
}

export const evaluationsOf = (db: Conn, memberIds: string[]) =>
  memberIds.length
    ? db.selectFrom('in_service_evaluations').selectAll().where('member_id', 'in', memberIds).orderBy('year').execute()
    : Promise.resolve([] as InServiceEvaluationTable[]);
export const recordsOf = (db: Conn, memberId: string, year: number) =>
  db
    .selectFrom('in_service_records')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('served_on', '>=', `${year}-01-01`)
    .where('served_on', '<=', `${year}-12-31`)
    .orderBy('served_on')
    .execute();

/** The records of several members in a year (a feedback report loads them in one query). */
export const recordsOfMembers = (db: Conn, memberIds: string[], year: number) =>
  memberIds.length
    ? db
        .selectFrom('in_service_records')
        .selectAll()
        .where('member_id', 'in', memberIds)
        .where('served_on', '>=', `${year}-01-01`)
        .where('served_on', '<=', `${year}-12-31`)
        .orderBy('served_on')
        .orderBy('id')
        .execute()
    : Promise.resolve([] as InServiceRecordTable[]);

/** A page of service records, newest first: of one member, and/or of the members registered in a scope; optionally one year. */
export async function listRecords(
  db: Conn,
  filter: { scope?: OrgScope; onlyBranchId?: string | null; memberId?: string; year?: number },
  page: number,
  pageSize: number,
) {
  let q = db
    .selectFrom('in_service_records as r')
    .innerJoin('in_service_members as m', 'm.id', 'r.member_id')
    .innerJoin('org_units as c', 'c.id', 'm.community_id')
    .leftJoin('party_orgs as b', 'b.id', 'm.branch_id')
    .where(pathInBranch('b.path', filter.onlyBranchId));
  if (filter.scope) q = q.where(pathInScope('c.path', filter.scope));
  if (filter.memberId) q = q.where('r.member_id', '=', filter.memberId);
  if (filter.year)
    q = q.where('r.served_on', '>=', `${filter.year}-01-01`).where('r.served_on', '<=', `${filter.year}-12-31`);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('r')
    .select('m.name as member_name')
    .orderBy('r.served_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export const insertRecord = (db: Conn, row: InServiceRecordTable) =>
  db.insertInto('in_service_records').values(row).execute();
export const insertRecords = (db: Conn, rows: InServiceRecordTable[]) =>
  db.insertInto('in_service_records').values(rows).execute();
export const insertEvaluation = (db: Conn, row: InServiceEvaluationTable) =>
  db.insertInto('in_service_evaluations').values(row).execute();

export const insertJointUnit = (db: Conn, row: JointUnitTable) => db.insertInto('joint_units').values(row).execute();
export const listJointUnits = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('joint_units as j')
    .innerJoin('org_units as c', 'c.id', 'j.community_id')
    .selectAll('j')
    .where(pathInScope('c.path', scope))
    .orderBy('j.registered_on')
    .execute();
