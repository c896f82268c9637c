import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { ReceptionIssueTable, ReceptionTable } from './service-requests.table.ts';

const withUnit = (db: Conn) => db.selectFrom('rep_receptions as r').innerJoin('org_units as u', 'u.id', 'r.unit_id');
export const findReception = (db: Conn, id: string) =>
  withUnit(db)
    .selectAll('r')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
export type ReceptionRow = NonNullable<Awaited<ReturnType<typeof findReception>>>;
export const listReceptions = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = withUnit(db)
    .selectAll('r')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  return q.orderBy('r.held_on', 'desc').orderBy('r.id').limit(200).execute();
};
export const issuesOf = (db: Conn, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as ReceptionIssueTable[])
    : db.selectFrom('rep_reception_issues').selectAll().where('reception_id', 'in', ids).orderBy('seq').execute();
export const insertReception = (db: Conn, row: ReceptionTable) => db.insertInto('rep_receptions').values(row).execute();
export const insertIssue = (db: Conn, row: ReceptionIssueTable) =>
  db.insertInto('rep_reception_issues').values(row).execute();
export async function lockIssue(db: Conn, receptionId: string, issueId: string, forUpdate: boolean) {
  let q = db
    .selectFrom('rep_reception_issues')
    .selectAll()
    .where('id', '=', issueId)
    .where('reception_id', '=', receptionId);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export const linkIssue = (db: Conn, issueId: string, requestId: string) =>
  db.updateTable('rep_reception_issues').set({ request_id: requestId }).where('id', '=', issueId).execute();
