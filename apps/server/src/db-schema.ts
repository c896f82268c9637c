import type { Kysely, Transaction } from 'kysely';
import type { OrgUnitTable, OrgUnitLinkTable, BuildingTable, HouseholdTable } from './features/territory/territory.table.ts';
import type { ResidentTable, ResidentGramTable } from './features/residents/residents.table.ts';
import type { PartyOrgTable } from './features/party-orgs/party-orgs.table.ts';
import type { PartyMemberTable } from './features/party-members/party-members.table.ts';
import type { WorkerTable } from './features/workers/workers.table.ts';
import type { UserTable, SessionTable, LoginAttemptTable, RateEventTable } from './features/auth/auth.table.ts';
import type { AuditLogTable, AuditHeadTable } from './features/audit/audit.table.ts';
import type {
  DecisionTemplateTable, DecisionTemplateStageTable, DecisionMatterTable, DecisionRecordTable, DecisionAttendeeTable,
  DecisionProposalTable, DecisionSupportTable, DecisionRatingTable, DecisionProgressTable, DecisionPeriodTable,
} from './features/decisions/decisions.table.ts';
import type {
  MeetingCatalogTable, MeetingTable, MeetingItemTable, MeetingDecisionTable, MeetingFollowUpTable, MeetingOpinionTable,
} from './features/decisions/meetings.table.ts';
import type {
  PowerItemTable, PowerItemStepTable, PowerRolloutTable, ExerciseTable, ExerciseStepTable, AlertTable, AlertNoteTable, ComplaintTable, ComplaintNoteTable,
} from './features/integrity/integrity.table.ts';
// indicators and portal (issue 8)
import type { IndicatorRollupTable } from './features/indicators/indicators.table.ts';
import type { PortalPhoneTable, PortalCodeTable } from './features/portal/portal.table.ts';

/** The whole schema as Kysely sees it, assembled from each feature's table file. */
export interface DB {
  org_units: OrgUnitTable;
  org_unit_links: OrgUnitLinkTable;
  buildings: BuildingTable;
  households: HouseholdTable;
  residents: ResidentTable;
  resident_grams: ResidentGramTable;
  party_orgs: PartyOrgTable;
  party_members: PartyMemberTable;
  workers: WorkerTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  rate_events: RateEventTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  decision_templates: DecisionTemplateTable;
  decision_template_stages: DecisionTemplateStageTable;
  decision_matters: DecisionMatterTable;
  decision_records: DecisionRecordTable;
  decision_attendees: DecisionAttendeeTable;
  decision_proposals: DecisionProposalTable;
  decision_supports: DecisionSupportTable;
  decision_ratings: DecisionRatingTable;
  decision_progress: DecisionProgressTable;
  decision_periods: DecisionPeriodTable;
  meeting_catalog: MeetingCatalogTable;
  meetings: MeetingTable;
  meeting_items: MeetingItemTable;
  meeting_decisions: MeetingDecisionTable;
  meeting_follow_ups: MeetingFollowUpTable;
  meeting_opinions: MeetingOpinionTable;
  power_items: PowerItemTable;
  power_item_steps: PowerItemStepTable;
  power_rollout: PowerRolloutTable;
  power_exercises: ExerciseTable;
  power_exercise_steps: ExerciseStepTable;
  supervision_alerts: AlertTable;
  supervision_alert_notes: AlertNoteTable;
  complaints: ComplaintTable;
  complaint_notes: ComplaintNoteTable;
  // indicators and portal (issue 8)
  indicator_rollups: IndicatorRollupTable;
  portal_phones: PortalPhoneTable;
  portal_codes: PortalCodeTable;
}

export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
/** Repos take either a connection or a transaction. */
export type Conn = Kysely<DB> | Transaction<DB>;
