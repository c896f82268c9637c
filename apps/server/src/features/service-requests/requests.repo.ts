import type { RequestStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { StoredFile } from '../../platform/files/attachments.ts';
import type { RequestEventTable, RequestPhotoTable, RequestTable } from './service-requests.table.ts';
import type { TodoScope } from '../todos/todos.types.ts';

const base = (db: Conn) =>
  db
    .selectFrom('service_requests as q')
    .innerJoin('org_units as u', 'u.id', 'q.unit_id')
    .innerJoin('service_catalog as s', 's.id', 'q.service_id');
const COLUMNS = [
  'u.path as unit_path',
  'u.name as unit_name',
  's.code as service_code',
  's.name as service_name',
] as const;

export const findRequest = (db: Conn, id: string) =>
  base(db).selectAll('q').select(COLUMNS).where('q.id', '=', id).executeTakeFirst();
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export interface RequestFilter {
  unitPath?: string;
  status?: RequestStatus;
  submittedBy?: string;
  providerId?: string;
  ids?: string[];
  from?: string;
  to?: string;
  serviceCode?: string;
  /** Only requests whose resident agreed to publish them. */
  publicOnly?: boolean;
}
function filtered(db: Conn, scope: OrgScope | null, f: RequestFilter) {
  let q = base(db);
  if (scope) q = q.where(pathInScope('u.path', scope));
  if (f.unitPath) q = q.where('u.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('q.status', '=', f.status);
  if (f.submittedBy) q = q.where('q.submitted_by', '=', f.submittedBy);
  if (f.providerId) q = q.where('q.provider_id', '=', f.providerId);
  if (f.ids) q = q.where('q.id', 'in', f.ids.length ? f.ids : ['']);
  if (f.from) q = q.where('q.created_at', '>=', f.from);
  if (f.to) q = q.where('q.created_at', '<=', f.to);
  if (f.serviceCode) q = q.where('s.code', '=', f.serviceCode);
  if (f.publicOnly) q = q.where('q.public_consent', '=', 1);
  return q;
}

/** A page of requests; `scope` null only for the public (Open311) listing under a jurisdiction path. */
export async function listRequests(db: Conn, scope: OrgScope | null, f: RequestFilter, page: number, pageSize: number) {
  const q = filtered(db, scope, f);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('q')
    .select(COLUMNS)
    .orderBy('q.created_at', 'desc')
    .orderBy('q.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export const eventsOf = (db: Conn, requestId: string) =>
  db
    .selectFrom('service_request_events')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export const photosOf = (db: Conn, requestId: string) =>
  db
    .selectFrom('service_request_photos')
    .select(['id', 'mime'])
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .execute();
/** The photos of several requests (set-wise), in upload order. */
export const photosOfMany = async (db: Conn, requestIds: string[]) =>
  requestIds.length === 0
    ? []
    : db
        .selectFrom('service_request_photos')
        .select(['id', 'request_id'])
        .where('request_id', 'in', requestIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
/** The stored file of one photo of a request (`mime` is the older name of the canonical `content_type`). */
export const findPhoto = (db: Conn, requestId: string, photoId: string) =>
  db
    .selectFrom('service_request_photos')
    .select(['storage_key as key', 'mime as contentType'])
    .where('request_id', '=', requestId)
    .where('id', '=', photoId)
    .executeTakeFirst();
export const countPhotos = async (db: Conn, requestId: string) =>
  Number(
    (
      await db
        .selectFrom('service_request_photos')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('request_id', '=', requestId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertRequest = (db: Conn, row: RequestTable) => db.insertInto('service_requests').values(row).execute();
export const insertEvent = (db: Conn, row: RequestEventTable) =>
  db.insertInto('service_request_events').values(row).execute();
/** A request photo: the stored file (platform/files/attachments.ts) under this table's column names. */
export const insertPhoto = (
  db: Conn,
  row: Pick<RequestPhotoTable, 'id' | 'request_id' | 'created_at'>,
  file: StoredFile,
) =>
  db
    .insertInto('service_request_photos')
    .values({ ...row, storage_key: file.key, mime: file.contentType, bytes: file.size })
    .execute();
export async function lockRequest(db: Conn, id: string, forUpdate: boolean): Promise<RequestTable> {
  let q = db.selectFrom('service_requests').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}
export const updateRequest = (db: Conn, id: string, patch: Partial<RequestTable>) =>
  db.updateTable('service_requests').set(patch).where('id', '=', id).execute();

/** A worker of the request's community (dispatch to a worker). */
export const workerIn = (db: Conn, workerId: string, unitId: string) =>
  db
    .selectFrom('workers')
    .select(['id', 'name'])
    .where('id', '=', workerId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();

/**
 * Requests in `statuses` within a to-do scope (service-requests.todos.ts), due at or before `dueBy` when given:
 * what a to-do item needs (never the resident's contact, description or address).
 */
export function requestsForTodos(db: Conn, scope: TodoScope, statuses: RequestStatus[], dueBy?: string) {
  let q = base(db)
    .select(['q.id', 'q.status', 'q.channel', 'q.unit_id', 'q.due_at', 'q.created_at', 'u.path as unit_path'])
    .select('s.name as service_name')
    .where('q.status', 'in', statuses);
  if (dueBy) q = q.where('q.due_at', '<=', dueBy);
  if (scope.subjectIds) q = q.where('q.id', 'in', ['', ...scope.subjectIds]);
  if (scope.subdistrictId) q = q.where('u.path', 'like', `/${scope.subdistrictId}/%`);
  return q.execute();
}
