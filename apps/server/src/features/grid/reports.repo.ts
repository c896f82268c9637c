import { sql } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { DailyReportItemTable, DailyReportTable } from './grid.table.ts';

const base = (db: Conn) =>
  db
    .selectFrom('daily_reports as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .innerJoin('users as u', 'u.id', 'r.reporter_id')
    .selectAll('r')
    .select(['g.name as grid_name', 'g.path as grid_path', 'u.display_name as reporter_name']);
export type ReportRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

export const findReport = (db: Conn, id: string) => base(db).where('r.id', '=', id).executeTakeFirst();
export const findByKey = (db: Conn, key: string) => base(db).where('r.idempotency_key', '=', key).executeTakeFirst();
export const reportsOfUserOnDay = (db: Conn, reporterId: string, day: string) =>
  base(db).where('r.reporter_id', '=', reporterId).where('r.report_date', '=', day).execute();

export async function listReports(
  db: Conn,
  scope: OrgScope,
  f: { unitPath?: string; date?: string },
  page: number,
  pageSize: number,
) {
  let q = base(db).where(pathInScope('g.path', scope));
  if (f.unitPath) q = q.where('g.path', 'like', `${f.unitPath}%`);
  if (f.date) q = q.where('r.report_date', '=', f.date);
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy('r.report_date', 'desc')
    .orderBy('g.path')
    .orderBy('r.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Reports on one day under the scope (for compliance). */
export const reportsOnDay = (db: Conn, scope: OrgScope, day: string, unitPath?: string) => {
  let q = db
    .selectFrom('daily_reports as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .select(['r.grid_id', 'r.reporter_id', 'r.zero', 'r.late'])
    .where(pathInScope('g.path', scope))
    .where('r.report_date', '=', day);
  if (unitPath) q = q.where('g.path', 'like', `${unitPath}%`);
  return q.execute();
};

export const itemsOf = (db: Conn, reportIds: string[]) =>
  db
    .selectFrom('daily_report_items')
    .selectAll()
    .where('report_id', 'in', ['', ...reportIds])
    .orderBy('report_id')
    .orderBy('seq')
    .execute();
export const findItem = (db: Conn, id: string) =>
  db
    .selectFrom('daily_report_items as i')
    .innerJoin('daily_reports as r', 'r.id', 'i.report_id')
    .selectAll('i')
    .select(['r.grid_id'])
    .where('i.id', '=', id)
    .executeTakeFirst();

export const insertReport = (db: Conn, row: DailyReportTable) => db.insertInto('daily_reports').values(row).execute();
export const updateReport = (db: Conn, id: string, patch: Partial<DailyReportTable>) =>
  db.updateTable('daily_reports').set(patch).where('id', '=', id).execute();
export async function insertItems(db: Conn, rows: DailyReportItemTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('daily_report_items').values(rows).execute();
}
export const deleteItems = (db: Conn, reportId: string) =>
  db.deleteFrom('daily_report_items').where('report_id', '=', reportId).execute();
export const linkItemToCase = (db: Conn, itemId: string, caseId: string) =>
  db.updateTable('daily_report_items').set({ case_id: caseId }).where('id', '=', itemId).execute();

/** Adds the deltas to the day's running totals of each unit the grid rolls up to (grid, community, subdistrict), in one statement. */
export async function bumpRollups(
  db: Conn,
  unitIds: string[],
  day: string,
  d: { reports: number; zero: number; items: number; late: number },
): Promise<void> {
  await db
    .insertInto('grid_report_rollups')
    .values(
      unitIds.map((unitId) => ({
        unit_id: unitId,
        report_date: day,
        reports: d.reports,
        zero_reports: d.zero,
        items: d.items,
        late: d.late,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['unit_id', 'report_date']).doUpdateSet({
        reports: sql`grid_report_rollups.reports + ${d.reports}`,
        zero_reports: sql`grid_report_rollups.zero_reports + ${d.zero}`,
        items: sql`grid_report_rollups.items + ${d.items}`,
        late: sql`grid_report_rollups.late + ${d.late}`,
      }),
    )
    .execute();
}

export const rollupsOf = (db: Conn, unitIds: string[], from: string, to: string) =>
  db
    .selectFrom('grid_report_rollups')
    .selectAll()
    .where('unit_id', 'in', ['', ...unitIds])
    .where('report_date', '>=', from)
    .where('report_date', '<=', to)
    .execute();
