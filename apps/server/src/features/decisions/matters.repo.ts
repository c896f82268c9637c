import type { MatterStatus } from '@jishi/shared';
import { sql } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { containsPattern, likeEscaped } from '../../db/dialect.ts';
import type {
  DecisionAttendeeTable,
  DecisionMatterTable,
  DecisionProgressTable,
  DecisionRatingTable,
  DecisionRecordTable,
} from './decisions.table.ts';

export type MatterRow = DecisionMatterTable & {
  unit_path: string;
  unit_name: string;
  template_name: string;
  template_version: number;
};

const matters = (db: Conn) =>
  db
    .selectFrom('decision_matters as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .innerJoin('decision_templates as t', 't.id', 'm.template_id')
    .selectAll('m')
    .select(['u.path as unit_path', 'u.name as unit_name', 't.name as template_name', 't.version as template_version']);

export const findMatter = (db: Conn, id: string) => matters(db).where('m.id', '=', id).executeTakeFirst();

/** Locks the matter row for a read-modify-write (a no-op where writers are serialized anyway). */
export async function lockMatter(db: Conn, id: string, forUpdate: boolean): Promise<DecisionMatterTable> {
  let q = db.selectFrom('decision_matters').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}

/** `hallId` when the filter is one hall (an index lookup); `unitPath` for a subtree. */
export interface MatterFilter {
  unitPath?: string;
  hallId?: string;
  status?: MatterStatus;
  q?: string;
}

export async function listMatters(db: Conn, scope: OrgScope, filter: MatterFilter, page: number, pageSize: number) {
  let base = db
    .selectFrom('decision_matters as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .where(pathInScope('u.path', scope));
  if (filter.hallId) base = base.where('m.unit_id', '=', filter.hallId);
  else if (filter.unitPath) base = base.where('u.path', 'like', `${filter.unitPath}%`);
  if (filter.status) base = base.where('m.status', '=', filter.status);
  if (filter.q) base = base.where(likeEscaped(sql.ref<string>('m.title'), containsPattern(filter.q)));
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // Deferred join: order and page over the covering (unit_id, opened_on, id) index, then read the
  // page's full rows; sorting whole rows of a large hall is what made the list slow at 100,000 matters.
  const ids = (
    await base
      .select('m.id')
      .orderBy('m.opened_on', 'desc')
      .orderBy('m.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute()
  ).map((r) => r.id);
  const byId = new Map((ids.length ? await matters(db).where('m.id', 'in', ids).execute() : []).map((m) => [m.id, m]));
  const rows = ids.map((id) => byId.get(id)).filter((m): m is MatterRow => m !== undefined);
  return { rows, total: Number(total.n) };
}

export const insertMatter = (db: Conn, row: DecisionMatterTable) =>
  db.insertInto('decision_matters').values(row).execute();
export const updateMatter = (db: Conn, id: string, patch: Partial<DecisionMatterTable>) =>
  db.updateTable('decision_matters').set(patch).where('id', '=', id).execute();

/** Stage records of several matters, oldest first (one query for a whole page). */
export const recordsOf = (db: Conn, matterIds: string[]) =>
  db
    .selectFrom('decision_records')
    .selectAll()
    .where('matter_id', 'in', ['', ...matterIds])
    .orderBy('matter_id')
    .orderBy('attempt_no')
    .execute();

export const attendeesOf = (db: Conn, recordIds: string[]) =>
  db
    .selectFrom('decision_attendees')
    .selectAll()
    .where('record_id', 'in', ['', ...recordIds])
    .orderBy('record_id')
    .orderBy('seq')
    .execute();

export async function insertRecord(
  db: Conn,
  row: DecisionRecordTable,
  attendees: DecisionAttendeeTable[],
): Promise<void> {
  await db.insertInto('decision_records').values(row).execute();
  if (attendees.length) await db.insertInto('decision_attendees').values(attendees).execute();
}

export const progressOf = (db: Conn, matterId: string) =>
  db
    .selectFrom('decision_progress')
    .selectAll()
    .where('matter_id', '=', matterId)
    .orderBy('noted_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export const insertProgress = (db: Conn, row: DecisionProgressTable) =>
  db.insertInto('decision_progress').values(row).execute();

/** Residents by id with the path of their grid (to check they live under the hall). */
export const residentsWithPath = (db: Conn, ids: string[]) =>
  db
    .selectFrom('residents as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .select(['r.id', 'r.name', 'g.path'])
    .where('r.id', 'in', ['', ...ids])
    .where('r.removed_at', 'is', null)
    .execute();

/** Is any of the units (a hall and its ancestors) closed for the month? */
export async function monthClosed(db: Conn, unitIds: string[], month: string): Promise<boolean> {
  const row = await db
    .selectFrom('decision_periods')
    .select('id')
    .where('unit_id', 'in', ['', ...unitIds])
    .where('month', '=', month)
    .executeTakeFirst();
  return Boolean(row);
}

export const ratingSummary = (db: Conn, matterIds: string[]) =>
  db
    .selectFrom('decision_ratings')
    .select(['matter_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('score').as('total')])
    .where('matter_id', 'in', ['', ...matterIds])
    .groupBy('matter_id')
    .execute();

export const myRating = (db: Conn, matterId: string, userId: string) =>
  db
    .selectFrom('decision_ratings')
    .select('score')
    .where('matter_id', '=', matterId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export const insertRating = (db: Conn, row: DecisionRatingTable) =>
  db.insertInto('decision_ratings').values(row).execute();
