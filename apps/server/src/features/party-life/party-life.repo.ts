import type { Conn } from '../../db/schema.ts';
import type { StoredFile } from '../../platform/files/attachments.ts';
import type { OrgLifeClosedMonthTable, OrgLifeMeetingTable } from './party-life.table.ts';

export const insertMeeting = (db: Conn, row: OrgLifeMeetingTable) =>
  db.insertInto('org_life_meetings').values(row).execute();
export const insertMeetings = (db: Conn, rows: OrgLifeMeetingTable[]) =>
  db.insertInto('org_life_meetings').values(rows).execute();
export const meetingsOfYear = (db: Conn, branchId: string, year: number) =>
  db
    .selectFrom('org_life_meetings')
    .selectAll()
    .where('branch_id', '=', branchId)
    .where('held_on', '>=', `${year}-01-01`)
    .where('held_on', '<=', `${year}-12-31`)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
export const closedMonths = async (db: Conn, branchId: string): Promise<string[]> =>
  (
    await db
      .selectFrom('org_life_closed_months')
      .select('month')
      .where('branch_id', '=', branchId)
      .orderBy('month')
      .execute()
  ).map((r) => r.month);
export const isMonthClosed = async (db: Conn, branchId: string, month: string): Promise<boolean> =>
  Boolean(
    await db
      .selectFrom('org_life_closed_months')
      .select('month')
      .where('branch_id', '=', branchId)
      .where('month', '=', month)
      .executeTakeFirst(),
  );
export const insertClosedMonth = (db: Conn, row: OrgLifeClosedMonthTable) =>
  db.insertInto('org_life_closed_months').values(row).execute();

/** Serialises a branch's meeting records against the closing of its months (a no-op where writers are serialised already). */
export async function lockBranch(db: Conn, branchId: string, forUpdate: boolean): Promise<void> {
  const q = db.selectFrom('party_orgs').select('id').where('id', '=', branchId);
  await (forUpdate ? q.forUpdate() : q).execute();
}

export const findMeeting = (db: Conn, id: string) =>
  db.selectFrom('org_life_meetings').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * `party_life_files` names the stored file's columns `key` and `size` (the canonical names are `storage_key` and
 * `bytes`, see platform/files/attachments.ts); these map them to and from `StoredFile`.
 */
export const insertFile = (db: Conn, file: StoredFile, uploadedBy: string, at: string) =>
  db
    .insertInto('party_life_files')
    .values({ key: file.key, content_type: file.contentType, size: file.size, uploaded_by: uploadedBy, created_at: at })
    .execute();
export const findFile = (db: Conn, key: string) =>
  db
    .selectFrom('party_life_files')
    .select(['key', 'content_type as contentType'])
    .where('key', '=', key)
    .executeTakeFirst();
/** Which of these keys the user uploaded. */
export const uploadedBy = (db: Conn, keys: readonly string[], userId: string) =>
  db
    .selectFrom('party_life_files')
    .select('key')
    .where('key', 'in', [...keys])
    .where('uploaded_by', '=', userId)
    .execute();

// ---- what party-life.meeting-due derives from (party-life.todos.ts) ----

/** Branches limited to some ids or one subdistrict (by their territory unit's path). */
export interface BranchFilter {
  branchIds?: readonly string[];
  subdistrictId?: string;
}

const branchesWhere = (db: Conn, f: BranchFilter) => {
  let q = db
    .selectFrom('party_orgs as o')
    .innerJoin('org_units as t', 't.id', 'o.territory_id')
    .where('o.kind', '=', 'branch');
  if (f.branchIds) q = q.where('o.id', 'in', ['', ...f.branchIds]);
  if (f.subdistrictId) q = q.where('t.path', 'like', `/${f.subdistrictId}/%`);
  return q;
};

/** The branches with their territory unit (where their work is addressed). */
export const branchesForTodos = (db: Conn, f: BranchFilter) =>
  branchesWhere(db, f).select(['o.id', 'o.name', 't.id as territory_id', 't.path as territory_path']).execute();

/** Which kinds each branch has held in [from, to] (dates). */
export const kindsHeld = (db: Conn, f: BranchFilter, from: string, to: string) =>
  branchesWhere(db, f)
    .innerJoin('org_life_meetings as m', 'm.branch_id', 'o.id')
    .select(['m.branch_id', 'm.kind'])
    .distinct()
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .execute();

/** The active branch secretaries' accounts linked to each branch (users.party_branch_id). */
export const branchSecretaries = (db: Conn, f: BranchFilter) =>
  branchesWhere(db, f)
    .innerJoin('users as u', 'u.party_branch_id', 'o.id')
    .select(['u.id', 'u.party_branch_id as branch_id'])
    .where('u.role', '=', 'branch_secretary')
    .where('u.disabled', '=', 0)
    .orderBy('u.id')
    .execute();
