import type { Kysely, Transaction } from 'kysely';
import type { JobRunTable, JobScheduleTable } from '../platform/jobs/jobs.table.ts';
import type { TodoItemTable, TodoTallyTable } from '../features/todos/todos.table.ts';
import type {
  MessageTable,
  MessagePreferenceTable,
  RobotTable,
  OutboundMessageTable,
} from '../features/messages/messages.table.ts';
import type {
  OrgUnitTable,
  OrgUnitLinkTable,
  BuildingTable,
  HouseholdTable,
} from '../features/territory/territory.table.ts';
import type { ResidentTable, ResidentGramTable } from '../features/residents/residents.table.ts';
import type { PartyOrgTable } from '../features/party-orgs/party-orgs.table.ts';
import type { PartyMemberTable } from '../features/party-members/party-members.table.ts';
import type { WorkerTable } from '../features/workers/workers.table.ts';
import type {
  AccountProposalTable,
  UserTable,
  SessionTable,
  ThrottleCounterTable,
  RecoveryCodeTable,
} from '../features/auth/auth.table.ts';
import type { AuditLogTable, AuditHeadTable } from '../features/audit/audit.table.ts';
import type {
  DecisionTemplateTable,
  DecisionTemplateStageTable,
  DecisionMatterTable,
  DecisionRecordTable,
  DecisionAttendeeTable,
  DecisionProposalTable,
  DecisionSupportTable,
  DecisionRatingTable,
  DecisionProgressTable,
  DecisionPeriodTable,
} from '../features/decisions/decisions.table.ts';
import type {
  MeetingCatalogTable,
  MeetingTable,
  MeetingItemTable,
  MeetingDecisionTable,
  MeetingFollowUpTable,
  MeetingOpinionTable,
} from '../features/decisions/meetings.table.ts';
import type {
  PowerItemTable,
  PowerItemStepTable,
  PowerRolloutTable,
  ExerciseTable,
  ExerciseStepTable,
  AlertTable,
  AlertNoteTable,
  ComplaintTable,
  ComplaintNoteTable,
} from '../features/integrity/integrity.table.ts';
// grid governance
import type {
  GridSettingsTable,
  GridPostTable,
  DailyReportTable,
  DailyReportItemTable,
  ReportRollupTable,
  DisputeCaseTable,
  DisputePartyTable,
  DisputeEventTable,
  MediationSessionTable,
  DisputePhotoTable,
  CaseMixTable,
} from '../features/grid/grid.table.ts';

// party life and volunteers
import type {
  CourseTable,
  StudyPlanTable,
  MemberAccountTable,
  LearningRecordTable,
} from '../features/education/education.table.ts';
import type {
  OrgLifeMeetingTable,
  OrgLifeClosedMonthTable,
  PartyLifeFileTable,
} from '../features/party-life/party-life.table.ts';
import type { TrainingTable, TrainingParticipantTable } from '../features/trainings/trainings.table.ts';
import type {
  ServicePostTable,
  InServiceMemberTable,
  InServiceRecordTable,
  InServiceEvaluationTable,
  JointUnitTable,
} from '../features/in-service-members/in-service.table.ts';
import type {
  VolunteerTeamTable,
  VolunteerTable,
  VolunteerActivityTable,
  ActivitySignupTable,
  VolunteerCertificateTable,
  VolunteerPointTable,
} from '../features/volunteering/volunteering.table.ts';
import type { GoodDeedTable } from '../features/good-deeds/good-deeds.table.ts';
import type { PairingRuleTable, PairingTable, PairingContactTable } from '../features/pairing/pairing.table.ts';
// services: premises, funds, bookings, catalogue and requests, Open311, providers, brands
import type { PremisesTable, RoomTable, ProjectTable } from '../features/premises/premises.table.ts';
import type { AllocationTable, BudgetApprovalTable, ExpenditureTable } from '../features/funds/funds.table.ts';
import type { BookingTable, BookingSlotTable } from '../features/bookings/bookings.table.ts';
import type {
  ProviderTable,
  ProviderAgreementTable,
  ProviderAccountTable,
} from '../features/providers/providers.table.ts';
import type {
  CatalogTable,
  RequestTable,
  RequestEventTable,
  RequestPhotoTable,
  ReceptionTable,
  ReceptionIssueTable,
} from '../features/service-requests/service-requests.table.ts';
import type { Open311ClientTable } from '../features/open311/open311.table.ts';
import type { BrandTable, BrandPhotoTable, HonourTable } from '../features/brands/brands.table.ts';
// indicators and portal
import type { IndicatorRollupTable, IndicatorRollupMonthTable } from '../features/indicators/indicators.table.ts';
import type { PortalPhoneTable, PortalCodeTable } from '../features/auth/portal-login.table.ts';
// first set-up
import type { InstanceSettingTable } from '../features/setup/setup.table.ts';

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
  throttle_counters: ThrottleCounterTable;
  recovery_codes: RecoveryCodeTable;
  account_proposals: AccountProposalTable;
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
  // grid governance
  grid_settings: GridSettingsTable;
  grid_posts: GridPostTable;
  daily_reports: DailyReportTable;
  daily_report_items: DailyReportItemTable;
  grid_report_rollups: ReportRollupTable;
  dispute_cases: DisputeCaseTable;
  grid_case_mix: CaseMixTable;
  dispute_parties: DisputePartyTable;
  dispute_events: DisputeEventTable;
  mediation_sessions: MediationSessionTable;
  dispute_photos: DisputePhotoTable;
  // party life and volunteers
  courses: CourseTable;
  study_plans: StudyPlanTable;
  member_accounts: MemberAccountTable;
  learning_records: LearningRecordTable;
  org_life_meetings: OrgLifeMeetingTable;
  org_life_closed_months: OrgLifeClosedMonthTable;
  party_life_files: PartyLifeFileTable;
  trainings: TrainingTable;
  training_participants: TrainingParticipantTable;
  service_posts: ServicePostTable;
  in_service_members: InServiceMemberTable;
  in_service_records: InServiceRecordTable;
  in_service_evaluations: InServiceEvaluationTable;
  joint_units: JointUnitTable;
  volunteer_teams: VolunteerTeamTable;
  volunteers: VolunteerTable;
  volunteer_activities: VolunteerActivityTable;
  activity_signups: ActivitySignupTable;
  volunteer_certificates: VolunteerCertificateTable;
  volunteer_points: VolunteerPointTable;
  good_deeds: GoodDeedTable;
  pairing_rules: PairingRuleTable;
  pairings: PairingTable;
  pairing_contacts: PairingContactTable;
  // services
  service_premises: PremisesTable;
  service_rooms: RoomTable;
  construction_projects: ProjectTable;
  fund_allocations: AllocationTable;
  fund_budget_approvals: BudgetApprovalTable;
  fund_expenditures: ExpenditureTable;
  room_bookings: BookingTable;
  room_booking_slots: BookingSlotTable;
  providers: ProviderTable;
  provider_agreements: ProviderAgreementTable;
  provider_accounts: ProviderAccountTable;
  service_catalog: CatalogTable;
  service_requests: RequestTable;
  service_request_events: RequestEventTable;
  service_request_photos: RequestPhotoTable;
  rep_receptions: ReceptionTable;
  rep_reception_issues: ReceptionIssueTable;
  open311_clients: Open311ClientTable;
  community_brands: BrandTable;
  community_honours: HonourTable;
  community_brand_photos: BrandPhotoTable;
  // indicators and portal
  indicator_rollups: IndicatorRollupTable;
  indicator_rollups_month: IndicatorRollupMonthTable;
  portal_phones: PortalPhoneTable;
  portal_codes: PortalCodeTable;
  // first set-up
  instance_settings: InstanceSettingTable;
  // scheduled jobs
  job_schedules: JobScheduleTable;
  job_runs: JobRunTable;
  // to-do centre
  todo_items: TodoItemTable;
  todo_tallies: TodoTallyTable;
  // messages and channels
  messages: MessageTable;
  message_preferences: MessagePreferenceTable;
  robots: RobotTable;
  outbound_messages: OutboundMessageTable;
}

export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
/** Repos take either a connection or a transaction. */
export type Conn = Kysely<DB> | Transaction<DB>;
