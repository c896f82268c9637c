import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInBranch, pathInScope } from '../../db/scope-sql.ts';
import type { CourseTable, LearningRecordTable, StudyPlanTable } from './education.table.ts';

export const insertCourse = (db: Conn, row: CourseTable) => db.insertInto('courses').values(row).execute();

/** Courses published by a unit in scope or above it (a subdistrict course reaches every community). */
export function listCourses(db: Conn, scope: OrgScope, ancestorIds: string[] = []) {
  return db
    .selectFrom('courses as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .where((eb) =>
      ancestorIds.length
        ? eb.or([pathInScope('u.path', scope), eb('c.unit_id', 'in', ancestorIds)])
        : pathInScope('u.path', scope),
    )
    .orderBy('c.created_at', 'desc')
    .limit(500)
    .execute();
}

export const findCourse = (db: Conn, id: string) =>
  db
    .selectFrom('courses as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select('u.path as unit_path')
    .where('c.id', '=', id)
    .executeTakeFirst();

export const insertPlan = (db: Conn, row: StudyPlanTable) => db.insertInto('study_plans').values(row).execute();
export const listPlans = (db: Conn, branchId: string, year: number) =>
  db
    .selectFrom('study_plans')
    .selectAll()
    .where('branch_id', '=', branchId)
    .where('year', '=', year)
    .orderBy('created_at')
    .execute();

export const memberOfUser = (db: Conn, userId: string) =>
  db.selectFrom('member_accounts').select('member_id').where('user_id', '=', userId).executeTakeFirst();
export const insertMemberAccount = (db: Conn, row: { user_id: string; member_id: string; linked_at: string }) =>
  db.insertInto('member_accounts').values(row).execute();

export const findRecord = (db: Conn, courseId: string, memberId: string) =>
  db
    .selectFrom('learning_records')
    .selectAll()
    .where('course_id', '=', courseId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
export const recordsOfMember = (db: Conn, memberId: string) =>
  db.selectFrom('learning_records').selectAll().where('member_id', '=', memberId).execute();
export const insertRecord = (db: Conn, row: LearningRecordTable) =>
  db.insertInto('learning_records').values(row).execute();
export const insertRecords = (db: Conn, rows: LearningRecordTable[]) =>
  db.insertInto('learning_records').values(rows).execute();
export const updateRecord = (db: Conn, id: string, patch: Partial<LearningRecordTable>) =>
  db.updateTable('learning_records').set(patch).where('id', '=', id).execute();

/** Per branch in scope: members, members with any record in the year, members who completed one, minutes. */
export async function coverageRows(db: Conn, scope: OrgScope, year: number, onlyBranchId?: string | null) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return db
    .selectFrom('party_orgs as b')
    .innerJoin('org_units as t', 't.id', 'b.territory_id')
    .leftJoin('party_members as m', 'm.branch_id', 'b.id')
    .leftJoin('learning_records as r', (j) =>
      j.onRef('r.member_id', '=', 'm.id').on('r.updated_at', '>=', from).on('r.updated_at', '<', to),
    )
    .select((eb) => [
      'b.id as branch_id',
      'b.name as branch_name',
      eb.fn.count<number>('m.id').distinct().as('members'),
      eb.fn.count<number>('r.member_id').distinct().as('learners'),
      eb.fn
        .count<number>(eb.case().when('r.completed', '=', 1).then(eb.ref('r.member_id')).end())
        .distinct()
        .as('completed_members'),
      eb.fn.coalesce(eb.fn.sum<number>('r.minutes'), eb.val(0)).as('minutes'),
    ])
    .where(pathInScope('t.path', scope))
    .where(pathInBranch('b.path', onlyBranchId))
    .where('b.kind', '=', 'branch')
    .groupBy(['b.id', 'b.name'])
    .orderBy('b.name')
    .execute();
}
export const setMaterial = (db: Conn, id: string, key: string, type: string, at: string) =>
  db.updateTable('courses').set({ file_key: key, file_type: type, updated_at: at }).where('id', '=', id).execute();
