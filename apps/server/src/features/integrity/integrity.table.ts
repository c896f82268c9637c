import type {
  AlertFinding,
  AlertStatus,
  ComplaintStatus,
  ComplaintTarget,
  DeviationKind,
  ExerciseStatus,
  PowerCategory,
  PowerItemStatus,
} from '@jishi/shared';
/** Power-list items (权力清单), one row per version; versions are never edited once an exercise uses them. */
export interface PowerItemTable {
  id: string;
  /** The subdistrict that owns the list; its communities and villages use it. */
  owner_unit_id: string;
  code: string;
  name: string;
  category: PowerCategory;
  version: number;
  status: PowerItemStatus;
  effective_from: string;
  effective_to: string | null;
  policy_basis: string;
  subject: string;
  post: string;
  time_limit_days: number;
  disclosure_what: string | null;
  disclosure_where: string | null;
  disclosure_days: number | null;
  supervision_body: string;
  /** JSON array of text. */
  risk_points: string;
  accountability: string;
  /** JSON array of [stepSeq, stepSeq] pairs one person may not both hold. */
  incompatible: string;
  demo: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PowerItemStepTable {
  id: string;
  item_id: string;
  seq: number;
  name: string;
  actor_post: string;
  output_doc: string;
  time_limit_days: number;
}

/** An item (by code, whatever its current version) enabled in a community or village. */
export interface PowerRolloutTable {
  unit_id: string;
  item_code: string;
  enabled_at: string;
  enabled_by: string;
}

/** One exercise (运行) of an item in a community; it keeps the item version it was opened under. */
export interface ExerciseTable {
  id: string;
  unit_id: string;
  item_id: string;
  title: string;
  note: string | null;
  status: ExerciseStatus;
  opened_at: string;
  opened_by: string;
  closed_at: string | null;
  closed_by: string | null;
  disclosed_at: string | null;
  disclosure_where: string | null;
  disclosure_notice_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExerciseStepTable {
  id: string;
  exercise_id: string;
  step_seq: number;
  done_at: string;
  actor_id: string;
  actor_name: string;
  note: string | null;
  /** JSON array of { title, ref? }. */
  evidence: string;
  created_at: string;
}

/** A supervision alert to the discipline inspection office; one per (exercise, kind, step). */
export interface AlertTable {
  id: string;
  exercise_id: string;
  unit_id: string;
  kind: DeviationKind;
  /** 0 when the deviation concerns the whole exercise. */
  step_seq: number;
  evidence: string;
  status: AlertStatus;
  raised_at: string;
  finding: AlertFinding | null;
  finding_note: string | null;
  closed_at: string | null;
  closed_by: string | null;
  updated_at: string;
}

export interface AlertNoteTable {
  id: string;
  alert_id: string;
  action: string;
  note: string;
  author_id: string;
  created_at: string;
}

/** A complaint or report (信访举报): contact details sealed with the field cipher; the tracking code stored hashed. */
export interface ComplaintTable {
  id: string;
  unit_id: string;
  target_kind: ComplaintTarget;
  target_id: string | null;
  target_text: string;
  content: string;
  anonymous: number;
  name_enc: string | null;
  contact_enc: string | null;
  tracking_hash: string;
  status: ComplaintStatus;
  created_at: string;
  updated_at: string;
}

export interface ComplaintNoteTable {
  id: string;
  complaint_id: string;
  action: string;
  note: string;
  public: number;
  author_id: string;
  created_at: string;
}
