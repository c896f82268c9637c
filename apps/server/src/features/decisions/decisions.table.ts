import type {
  MatterSource,
  MatterStatus,
  MeetingForm,
  ProposalStatus,
  StageBody,
  StageKind,
  TemplateScope,
  TemplateStatus,
} from '@jishi/shared';
/** Procedure templates (versioned, immutable) and their ordered stages. */
export interface DecisionTemplateTable {
  id: string;
  /** The subdistrict that owns the template; its units use it. */
  owner_unit_id: string;
  code: string;
  name: string;
  version: number;
  applies_to: TemplateScope;
  status: TemplateStatus;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DecisionTemplateStageTable {
  id: string;
  template_id: string;
  seq: number;
  code: string;
  name: string;
  body: StageBody;
  quorum_num: number | null;
  quorum_den: number | null;
  quorum_op: string | null;
  pass_num: number | null;
  pass_den: number | null;
  pass_op: string | null;
  pass_base: string | null;
  notice_days: number | null;
  mergeable: number;
}

/** A matter (议题) in a community's or village's deliberation hall; it keeps its template version. */
export interface DecisionMatterTable {
  id: string;
  unit_id: string;
  template_id: string;
  title: string;
  description: string;
  source: MatterSource;
  source_note: string | null;
  party_org_id: string | null;
  one_shoulder: number;
  status: MatterStatus;
  revision: number;
  opened_on: string;
  /** First day of the published result notice: the matter counts as a problem solved from then. */
  solved_on: string | null;
  impl_owner: string | null;
  impl_due_on: string | null;
  withdrawn_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** One attempt at a stage (a meeting, the solicitation, or a published notice). */
export interface DecisionRecordTable {
  id: string;
  matter_id: string;
  /** The matter's unit, copied (it never changes) so boards and calendars read one index. */
  unit_id: string;
  attempt_no: number;
  stage_seq: number;
  through_seq: number;
  kind: StageKind;
  held_on: string;
  start_time: string | null;
  end_time: string | null;
  place: string | null;
  form: MeetingForm | null;
  due: number | null;
  present: number | null;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  minutes: string | null;
  supervision_opinion: string | null;
  notice_from: string | null;
  notice_until: string | null;
  notice_content: string | null;
  quorum_met: number | null;
  passed: number;
  revision: number;
  recorded_by: string;
  created_at: string;
}

export interface DecisionAttendeeTable {
  id: string;
  record_id: string;
  seq: number;
  resident_id: string | null;
  name: string;
}

export interface DecisionProposalTable {
  id: string;
  unit_id: string;
  title: string;
  content: string;
  proposer_id: string;
  status: ProposalStatus;
  matter_id: string | null;
  decline_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface DecisionSupportTable {
  proposal_id: string;
  user_id: string;
  created_at: string;
}

export interface DecisionRatingTable {
  matter_id: string;
  user_id: string;
  score: number;
  comment: string | null;
  created_at: string;
}

export interface DecisionProgressTable {
  id: string;
  matter_id: string;
  noted_on: string;
  note: string;
  percent: number | null;
  recorded_by: string;
  created_at: string;
}

/** A closed month (关账) of a unit: nothing in the unit or below may be dated into it. */
export interface DecisionPeriodTable {
  id: string;
  unit_id: string;
  month: string;
  closed_by: string;
  closed_at: string;
}
