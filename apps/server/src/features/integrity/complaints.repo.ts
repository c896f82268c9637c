import type { ComplaintStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { ComplaintNoteTable, ComplaintTable } from './integrity.table.ts';

const withUnit = (db: Conn) => db.selectFrom('complaints as c').innerJoin('org_units as u', 'u.id', 'c.unit_id');

export const findComplaint = (db: Conn, id: string) =>
  withUnit(db)
    .selectAll('c')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
export type ComplaintRow = NonNullable<Awaited<ReturnType<typeof findComplaint>>>;

export const byTrackingHash = (db: Conn, hash: string) =>
  db
    .selectFrom('complaints')
    .select(['id', 'status', 'created_at', 'updated_at'])
    .where('tracking_hash', '=', hash)
    .executeTakeFirst();

/** A page of complaints: list columns only (no content, no contact). */
export async function listComplaints(
  db: Conn,
  scope: OrgScope,
  f: { unitPath?: string; status?: ComplaintStatus },
  page: number,
  pageSize: number,
) {
  let q = withUnit(db).where(pathInScope('u.path', scope));
  if (f.unitPath) q = q.where('u.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('c.status', '=', f.status);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([
      'c.id',
      'c.unit_id',
      'u.name as unit_name',
      'c.target_kind',
      'c.target_text',
      'c.anonymous',
      'c.status',
      'c.created_at',
      'c.updated_at',
    ])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export const notesOf = (db: Conn, complaintId: string, publicOnly: boolean) => {
  let q = db
    .selectFrom('complaint_notes as n')
    .leftJoin('users as us', 'us.id', 'n.author_id')
    .select(['n.note', 'n.public', 'n.created_at', 'us.display_name'])
    .where('n.complaint_id', '=', complaintId);
  if (publicOnly) q = q.where('n.public', '=', 1);
  return q.orderBy('n.created_at').orderBy('n.id').execute();
};

export async function lockComplaint(db: Conn, id: string, forUpdate: boolean): Promise<ComplaintTable> {
  let q = db.selectFrom('complaints').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}

export const insertComplaint = (db: Conn, row: ComplaintTable) => db.insertInto('complaints').values(row).execute();
export const updateComplaint = (db: Conn, id: string, patch: Partial<ComplaintTable>) =>
  db.updateTable('complaints').set(patch).where('id', '=', id).execute();
export const insertNote = (db: Conn, row: ComplaintNoteTable) => db.insertInto('complaint_notes').values(row).execute();

/** Complaints received and not yet taken up (integrity.todos.ts), without content or complainant. */
export async function receivedForTodos(db: Conn, f: { complaintIds?: readonly string[]; subdistrictId?: string }) {
  let q = withUnit(db)
    .select(['c.id', 'c.target_kind', 'u.path as unit_path', 'u.name as unit_name'])
    .where('c.status', '=', 'received');
  if (f.complaintIds) q = q.where('c.id', 'in', ['', ...f.complaintIds]);
  if (f.subdistrictId) q = q.where('u.path', 'like', `/${f.subdistrictId}/%`);
  return q.execute();
}
