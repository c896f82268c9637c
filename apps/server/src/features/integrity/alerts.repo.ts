import type { AlertStatus, DeviationKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { AlertNoteTable, AlertTable } from './integrity.table.ts';

const base = (db: Conn) =>
  db
    .selectFrom('supervision_alerts as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .innerJoin('power_exercises as e', 'e.id', 'a.exercise_id')
    .innerJoin('power_items as i', 'i.id', 'e.item_id');
const columns = [
  'u.path as unit_path',
  'u.name as unit_name',
  'e.title as exercise_title',
  'i.code as item_code',
  'i.name as item_name',
] as const;

export const findAlert = (db: Conn, id: string) =>
  base(db).selectAll('a').select(columns).where('a.id', '=', id).executeTakeFirst();
export type AlertRow = NonNullable<Awaited<ReturnType<typeof findAlert>>>;

export async function listAlerts(
  db: Conn,
  scope: OrgScope,
  f: { unitPath?: string; status?: AlertStatus; kind?: DeviationKind },
  page: number,
  pageSize: number,
) {
  let q = base(db).where(pathInScope('u.path', scope));
  if (f.unitPath) q = q.where('u.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('a')
    .select(columns)
    .orderBy('a.raised_at')
    .orderBy('a.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export const notesOf = (db: Conn, alertIds: string[]) =>
  db
    .selectFrom('supervision_alert_notes as n')
    .leftJoin('users as us', 'us.id', 'n.author_id')
    .select(['n.alert_id', 'n.note', 'n.created_at', 'us.display_name'])
    .where('n.alert_id', 'in', ['', ...alertIds])
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();

export async function existingKeys(db: Conn, exerciseId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('supervision_alerts')
    .select(['kind', 'step_seq'])
    .where('exercise_id', '=', exerciseId)
    .execute();
  return new Set(rows.map((r) => `${r.kind}:${r.step_seq}`));
}

export async function lockAlert(db: Conn, id: string, forUpdate: boolean): Promise<AlertTable> {
  let q = db.selectFrom('supervision_alerts').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}

export const insertAlert = (db: Conn, row: AlertTable) => db.insertInto('supervision_alerts').values(row).execute();
export const updateAlert = (db: Conn, id: string, patch: Partial<AlertTable>) =>
  db.updateTable('supervision_alerts').set(patch).where('id', '=', id).execute();
export const insertNote = (db: Conn, row: AlertNoteTable) =>
  db.insertInto('supervision_alert_notes').values(row).execute();

/** Alerts not yet acknowledged (integrity.todos.ts): some alerts, one subdistrict's, or all. */
export async function openAlertsForTodos(db: Conn, f: { alertIds?: readonly string[]; subdistrictId?: string }) {
  let q = base(db)
    .select(['a.id', 'a.kind', 'u.path as unit_path', 'u.name as unit_name', 'i.code as item_code'])
    .where('a.status', '=', 'open');
  if (f.alertIds) q = q.where('a.id', 'in', ['', ...f.alertIds]);
  if (f.subdistrictId) q = q.where('u.path', 'like', `/${f.subdistrictId}/%`);
  return q.execute();
}
