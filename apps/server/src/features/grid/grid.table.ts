import type {
  CaseLevel,
  CaseSource,
  CaseStatus,
  DisputeCategory,
  GridPost,
  MediationOutcome,
  ReportItemKind,
  RiskLevel,
} from '@jishi/shared';
/** Grid governance tables (migration 2026_11_29_0600_create_grid_governance). */
export interface GridSettingsTable {
  subdistrict_id: string;
  cutoff: string;
  time_limits: string;
  updated_by: string;
  updated_at: string;
}

export interface GridPostTable {
  id: string;
  grid_id: string;
  user_id: string;
  post: GridPost;
  since: string;
  created_by: string;
  created_at: string;
}

export interface DailyReportTable {
  id: string;
  grid_id: string;
  reporter_id: string;
  report_date: string;
  zero: number;
  late: number;
  submitted_at: string;
  corrected_at: string | null;
  idempotency_key: string;
  created_at: string;
  updated_at: string;
}
export interface DailyReportItemTable {
  id: string;
  report_id: string;
  seq: number;
  kind: ReportItemKind;
  description: string;
  place: string | null;
  category: DisputeCategory | null;
  risk: RiskLevel | null;
  case_id: string | null;
}
/** Running totals per unit (grid, community, subdistrict) and day, updated in the report's transaction. */
export interface ReportRollupTable {
  unit_id: string;
  report_date: string;
  reports: number;
  zero_reports: number;
  items: number;
  late: number;
}

/**
 * Cases counted per grid, registration day (Asia/Shanghai) and current category/level/status/resolution level
 * ('' while unresolved): kept in the case's own transactions, so dashboards read counts, not case rows.
 */
export interface CaseMixTable {
  grid_id: string;
  day: string;
  category: DisputeCategory;
  level: CaseLevel;
  status: CaseStatus;
  resolved_level: CaseLevel | '';
  n: number;
}
export interface DisputeCaseTable {
  id: string;
  number: string;
  grid_id: string;
  source: CaseSource;
  report_item_id: string | null;
  category: DisputeCategory;
  risk: RiskLevel;
  level: CaseLevel;
  status: CaseStatus;
  place: string;
  description: string;
  registered_at: string;
  stage_started_at: string;
  assignee_id: string | null;
  resolved_level: CaseLevel | null;
  resolved_at: string | null;
  closed_at: string | null;
  lat_e6: number | null;
  lng_e6: number | null;
  idempotency_key: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export interface DisputePartyTable {
  id: string;
  case_id: string;
  resident_id: string | null;
  name: string;
  role: string | null;
}
export interface DisputeEventTable {
  id: string;
  case_id: string;
  action: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  level: CaseLevel;
  actor_id: string;
  actor_name: string;
  note: string | null;
  at: string;
}
export interface MediationSessionTable {
  id: string;
  case_id: string;
  held_on: string;
  mediators: string;
  outcome: MediationOutcome;
  notes: string;
  level: CaseLevel;
  recorded_by: string;
  recorded_by_name: string;
  created_at: string;
}
export interface DisputePhotoTable {
  id: string;
  case_id: string;
  storage_key: string;
  content_type: string;
  bytes: number;
  width: number;
  height: number;
  idempotency_key: string;
  uploaded_by: string;
  created_at: string;
}
