import type { DailyReportItemTable } from './grid.table.ts';
import type { ReportRow } from './reports.repo.ts';
import { isLocked } from './reports.rules.ts';

export const itemView = (i: DailyReportItemTable) => ({
  id: i.id,
  kind: i.kind,
  description: i.description,
  place: i.place,
  category: i.category,
  risk: i.risk,
  caseId: i.case_id,
});

export const reportView = (r: ReportRow, items: DailyReportItemTable[], now: string) => ({
  id: r.id,
  gridId: r.grid_id,
  gridName: r.grid_name,
  reporterId: r.reporter_id,
  reporterName: r.reporter_name,
  date: r.report_date,
  zero: Boolean(r.zero),
  late: Boolean(r.late),
  submittedAt: r.submitted_at,
  correctedAt: r.corrected_at,
  locked: isLocked(r.report_date, now),
  items: items.map(itemView),
});
