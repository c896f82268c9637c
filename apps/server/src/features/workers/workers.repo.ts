import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { WorkerTable } from './workers.table.ts';

const base = (db: Conn, scope: OrgScope) =>
  db.selectFrom('workers as w').innerJoin('org_units as u', 'u.id', 'w.unit_id').where(pathInScope('u.path', scope));

export async function listWorkers(
  db: Conn,
  scope: OrgScope,
  unitPath: string | undefined,
  page: number,
  pageSize: number,
) {
  let q = base(db, scope);
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('w')
    .select(['u.name as unit_name', 'u.kind as unit_kind', 'u.path as unit_path'])
    .orderBy('u.path')
    .orderBy('w.name')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export const findWorker = (db: Conn, id: string) =>
  db
    .selectFrom('workers as w')
    .innerJoin('org_units as u', 'u.id', 'w.unit_id')
    .selectAll('w')
    .select(['u.name as unit_name', 'u.kind as unit_kind', 'u.path as unit_path'])
    .where('w.id', '=', id)
    .executeTakeFirst();

export const insertWorker = (db: Conn, row: WorkerTable) => db.insertInto('workers').values(row).execute();
export const updateWorker = (db: Conn, id: string, patch: Partial<WorkerTable>) =>
  db.updateTable('workers').set(patch).where('id', '=', id).execute();
