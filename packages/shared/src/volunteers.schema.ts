import { z } from 'zod';
import { zDate, zId, zMobile, zName, zPage, zPaged, zPastDate, zReason } from './common.schema.ts';

/**
 * Party members and volunteers: education, 三会一课, trainings, in-service members,
 * volunteering with verified hours and certificates, good deeds and "3+2+1" pairing.
 */
const zText = (max: number) => z.string().trim().min(1).max(max);
const zOptText = (max: number) => z.string().trim().max(max).default('');
export const zYear = z.coerce.number().int().min(2000).max(2100);
const zYearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'validation.monthFormat' });
/** Photos are named by the file keys their upload returned (`yyyy/mm/<uuid>.<ext>`). */
export const zFileKey = z.string().regex(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/);
const zPhotos = z.array(zFileKey).max(9).default([]);
export const fileKeyView = z.object({ key: z.string() });
export const indexedPhotoParams = z.object({ id: zId, n: z.coerce.number().int().min(0).max(8) });

// ---------- Education platform ----------
export const COURSE_KINDS = ['article', 'pdf', 'video'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export const quizQuestion = z.strictObject({
  question: zText(200),
  options: z.array(zText(100)).min(2).max(6),
  answer: z.number().int().min(0).max(5),
});
export const courseCreateBody = z.strictObject({
  unitId: zId,
  title: zText(100),
  kind: z.enum(COURSE_KINDS),
  body: zOptText(20000),
  minutes: z.number().int().min(1).max(600),
  quiz: z.array(quizQuestion).max(20).default([]),
});
export type CourseCreate = z.infer<typeof courseCreateBody>;
export const courseView = z.object({
  id: z.string(),
  unitId: z.string(),
  title: z.string(),
  kind: z.enum(COURSE_KINDS),
  body: z.string(),
  hasFile: z.boolean(),
  minutes: z.number().int(),
  questions: z.array(z.object({ question: z.string(), options: z.array(z.string()) })),
});
export const myCourseView = courseView.extend({
  progress: z.object({ minutes: z.number().int(), completed: z.boolean(), quizScore: z.number().int().nullable() }),
});
export const studyPlanCreateBody = z.strictObject({
  branchId: zId,
  year: zYear,
  title: zText(100),
  courseIds: z.array(zId).min(1).max(50),
});
export type StudyPlanCreateInput = z.infer<typeof studyPlanCreateBody>;
export const studyPlanView = z.object({
  id: z.string(),
  branchId: z.string(),
  year: z.number().int(),
  title: z.string(),
  courseIds: z.array(z.string()),
});
export const learningProgressBody = z.strictObject({
  minutes: z.number().int().min(1).max(600),
  completed: z.boolean().default(false),
});
export type LearningProgressInput = z.infer<typeof learningProgressBody>;
export const quizAnswerBody = z.strictObject({ answers: z.array(z.number().int().min(0).max(5)).max(20) });
export const quizResultView = z.object({ score: z.number().int(), correct: z.number().int(), total: z.number().int() });
export const memberAccountBody = z.strictObject({ userId: zId, memberId: zId });
export type MemberAccountInput = z.infer<typeof memberAccountBody>;
export const coverageView = z.object({
  year: z.number().int(),
  branches: z.array(
    z.object({
      branchId: z.string(),
      branchName: z.string(),
      members: z.number().int(),
      learners: z.number().int(),
      completedMembers: z.number().int(),
      minutes: z.number().int(),
      coverage: z.number().nullable(),
    }),
  ),
});

// ---------- 三会一课 and organisational life ----------
export const ORG_LIFE_KINDS = [
  'members_assembly',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_day',
  'democratic_life',
  'org_life_meeting',
] as const;
export type OrgLifeKind = (typeof ORG_LIFE_KINDS)[number];
export const orgLifeMeetingBody = z
  .strictObject({
    branchId: zId,
    kind: z.enum(ORG_LIFE_KINDS),
    heldOn: zDate,
    topic: zText(200),
    due: z.number().int().min(1).max(10000),
    present: z.number().int().min(0).max(10000),
    minutes: zOptText(20000),
    photos: zPhotos,
  })
  .refine((b) => b.present <= b.due, { message: 'validation.attendance', path: ['present'] });
export type OrgLifeMeetingCreate = z.infer<typeof orgLifeMeetingBody>;
export const orgLifeMeetingView = z.object({
  id: z.string(),
  branchId: z.string(),
  kind: z.enum(ORG_LIFE_KINDS),
  heldOn: z.string(),
  topic: z.string(),
  due: z.number().int(),
  present: z.number().int(),
  minutes: z.string(),
  photos: z.array(z.string()),
});
export const orgLifeQuery = z.object({ branchId: zId, year: zYear });
export const closeMonthBody = z.strictObject({ branchId: zId, month: zYearMonth });
export type CloseMonthInput = z.infer<typeof closeMonthBody>;
export const scheduleView = z.object({
  branchId: z.string(),
  year: z.number().int(),
  closedMonths: z.array(z.string()),
  rows: z.array(
    z.object({
      kind: z.enum(ORG_LIFE_KINDS),
      frequency: z.string(),
      periods: z.array(z.object({ period: z.string(), held: z.number().int(), missing: z.boolean() })),
      missing: z.number().int(),
    }),
  ),
});

// ---------- Trainings and study visits ----------
export const TRAINING_KINDS = ['pre_job', 'in_service', 'meeting_as_training', 'study_visit', 'business'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const trainingCreateBody = z.strictObject({
  unitId: zId,
  kind: z.enum(TRAINING_KINDS),
  title: zText(100),
  heldOn: zDate,
  place: zText(100),
  participants: z
    .array(z.strictObject({ name: zName, post: zOptText(60), attended: z.boolean() }))
    .max(500)
    .default([]),
});
export type TrainingCreate = z.infer<typeof trainingCreateBody>;
export const trainingView = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(TRAINING_KINDS),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  participants: z.number().int(),
  attended: z.number().int(),
});
export const trainingStatsView = z.object({
  year: z.number().int(),
  studyVisits: z.number().int(),
  trainings: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  attendance: z.number().int(),
});

// ---------- In-service members (在职党员到社区报到) ----------
/** How an in-service member registered: by themselves on the portal, or from a paper form. */
export const IN_SERVICE_SOURCES = ['self', 'paper'] as const;
export type InServiceSource = (typeof IN_SERVICE_SOURCES)[number];
export const EVALUATION_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];
export const servicePostBody = z.strictObject({ communityId: zId, name: zText(60), description: zOptText(500) });
export type ServicePostInput = z.infer<typeof servicePostBody>;
export const servicePostView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  description: z.string(),
});
const inServiceFields = {
  name: zName,
  phone: zMobile.optional(),
  workUnit: zText(100),
  workPartyOrg: zText(100),
  skills: zOptText(500),
  postId: zId,
};
/** communityId defaults to the caller's own community (the one their account belongs to). */
export const inServiceSelfBody = z.strictObject({ ...inServiceFields, communityId: zId.optional() });
export type InServiceSelf = z.infer<typeof inServiceSelfBody>;
export const inServicePaperBody = z.strictObject({ ...inServiceFields, communityId: zId, registeredOn: zPastDate });
export type InServicePaper = z.infer<typeof inServicePaperBody>;
export const inServiceGridBody = z.strictObject({ gridId: zId });
/** The community branch that receives the member (编入支部). */
export const inServiceBranchBody = z.strictObject({ branchId: zId });
export const inServiceRecordBody = z.strictObject({
  servedOn: zDate,
  description: zText(500),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
export type InServiceRecordInput = z.infer<typeof inServiceRecordBody>;
export const inServiceEvaluationBody = z.strictObject({
  year: zYear,
  grade: z.enum(EVALUATION_GRADES),
  comment: zOptText(500),
});
export type EvaluationCreate = z.infer<typeof inServiceEvaluationBody>;
export const inServiceView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  workUnit: z.string(),
  workPartyOrg: z.string(),
  skills: z.string(),
  postId: z.string(),
  postName: z.string(),
  gridId: z.string().nullable(),
  branchId: z.string().nullable(),
  branchName: z.string().nullable(),
  source: z.enum(IN_SERVICE_SOURCES),
  registeredOn: z.string(),
  serviceCount: z.number().int(),
  serviceMinutes: z.number().int(),
  evaluations: z.array(z.object({ year: z.number().int(), grade: z.enum(EVALUATION_GRADES), comment: z.string() })),
});
export const inServiceListQuery = z.object({
  communityId: zId.optional(),
  workUnit: z.string().trim().max(100).optional(),
});
/**
 * The feedback exports carry members' personal data: like the residents export, each is a POST whose body names
 * the reason (stored in the export's audit record) besides what to export.
 */
export const memberFeedbackBody = z.strictObject({ reason: zReason, year: zYear });
/** The overview workbook: every in-service member in the caller's scope, or of one work unit. */
export const feedbackBody = z.strictObject({
  reason: zReason,
  year: zYear,
  workUnit: z.string().trim().max(100).optional(),
});
/** The feedback to one employer: every in-service member of that work unit registered in the caller's scope. */
export const workUnitFeedbackBody = z.strictObject({ reason: zReason, year: zYear, workUnit: zText(100) });
/** Service records (服务记录) of in-service members: staff see their scope (optionally one member, one year). */
export const serviceRecordListQuery = zPage.extend({ memberId: zId.optional(), year: zYear.optional() });
export const serviceRecordView = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  servedOn: z.string(),
  description: z.string(),
  minutes: z.number().int(),
});
export const serviceRecordPage = zPaged(serviceRecordView);
export const jointUnitBody = z.strictObject({
  communityId: zId,
  name: zText(100),
  partyOrg: zText(100),
  contactName: zName,
  commitments: zOptText(500),
  registeredOn: zDate,
});
export type JointUnitInput = z.infer<typeof jointUnitBody>;
export const jointUnitView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  partyOrg: z.string(),
  contactName: z.string(),
  commitments: z.string(),
  registeredOn: z.string(),
});

// ---------- Volunteering ----------
export const ACTIVITY_THEMES = ['dangqi_hong', 'xiyang_mei', 'chaiqian_budang', 'danghui_zhongyuan', 'other'] as const;
export type ActivityTheme = (typeof ACTIVITY_THEMES)[number];
export const SIGNUP_STATUSES = ['signed_up', 'checked_in', 'checked_out', 'recorded', 'verified'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export const teamCreateBody = z.strictObject({
  communityId: zId,
  name: zText(60),
  leaderName: zName,
  foundedOn: zDate,
});
export type TeamCreateInput = z.infer<typeof teamCreateBody>;
export const teamView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  leaderName: z.string(),
  foundedOn: z.string(),
  volunteers: z.number().int(),
});
export const volunteerCreateBody = z.strictObject({
  teamId: zId,
  name: zName,
  userId: zId.optional(),
  joinedOn: zPastDate,
});
export type VolunteerCreateInput = z.infer<typeof volunteerCreateBody>;
export const volunteerView = z.object({
  id: z.string(),
  teamId: z.string().nullable(),
  name: z.string(),
  joinedOn: z.string(),
  verifiedMinutes: z.number().int(),
  starLevel: z.number().int(),
});
export const activityCreateBody = z.strictObject({
  teamId: zId,
  title: zText(100),
  theme: z.enum(ACTIVITY_THEMES),
  heldOn: zDate,
  place: zText(100),
  capacity: z.number().int().min(1).max(10000),
});
export type ActivityCreateInput = z.infer<typeof activityCreateBody>;
export const activityView = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  communityId: z.string(),
  title: z.string(),
  theme: z.enum(ACTIVITY_THEMES),
  heldOn: z.string(),
  place: z.string(),
  capacity: z.number().int(),
  signedUp: z.number().int(),
  mine: z.enum(SIGNUP_STATUSES).nullable(),
});
/** An upcoming activity on the residents' portal (public, no sign-in): what, when, where and places taken; no names. */
export const publicActivityView = activityView.omit({ mine: true });
export const activityListQuery = z.object({
  communityId: zId.optional(),
  teamId: zId.optional(),
  from: zDate.optional(),
});
export const signupView = z.object({
  id: z.string(),
  activityId: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  serviceMinutes: z.number().int().nullable(),
  verifiedAt: z.string().nullable(),
});
export const signupTimeBody = z.strictObject({ at: z.iso.datetime().optional() });
export const serviceMinutesBody = z.strictObject({
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
export const pointsBody = z.strictObject({
  volunteerId: zId,
  points: z
    .number()
    .int()
    .min(-10000)
    .max(10000)
    .refine((n) => n !== 0),
  reason: zText(200),
  awardedOn: zDate,
});
export type PointsInput = z.infer<typeof pointsBody>;
/** Points entries (积分台账): a ledger of its own, never part of the hours. Staff see their scope (optionally one volunteer). */
export const pointsListQuery = zPage.extend({ volunteerId: zId.optional() });
export const pointEntryView = z.object({
  id: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  points: z.number().int(),
  reason: z.string(),
  awardedOn: z.string(),
});
export const pointEntryPage = zPaged(pointEntryView);
export const myVolunteeringView = z.object({
  volunteerId: z.string().nullable(),
  name: z.string(),
  verifiedMinutes: z.number().int(),
  pendingMinutes: z.number().int(),
  starLevel: z.number().int(),
  nextLevelHours: z.number().int().nullable(),
  points: z.number().int(),
  signups: z.array(signupView.extend({ title: z.string(), heldOn: z.string() })),
  certificates: z.array(z.object({ number: z.string(), serviceMinutes: z.number().int(), issuedOn: z.string() })),
});
export const certificateIssuedView = z.object({
  number: z.string(),
  serviceMinutes: z.number().int(),
  starLevel: z.number().int(),
  issuedOn: z.string(),
});
export const certificateNumberParams = z.object({ number: z.string().regex(/^ZYZ-\d{4}-[0-9A-Z]{10}$/) });
export const publicCertificateView = z.object({
  number: z.string(),
  maskedName: z.string(),
  serviceHours: z.number(),
  starLevel: z.number().int(),
  issuedOn: z.string(),
});
export const teamMonthlyView = z.object({
  year: z.number().int(),
  teams: z.array(
    z.object({
      teamId: z.string(),
      name: z.string(),
      activeMonths: z.array(z.string()),
      missingMonths: z.array(z.string()),
    }),
  ),
});

// ---------- Good deeds ----------
export const DOER_KINDS = ['member', 'volunteer'] as const;
export type DoerKind = (typeof DOER_KINDS)[number];
export const goodDeedBody = z.strictObject({
  communityId: zId,
  doerKind: z.enum(DOER_KINDS),
  doerName: zName,
  beneficiary: zText(100),
  doneOn: zDate,
  description: zText(1000),
});
export type GoodDeedCreate = z.infer<typeof goodDeedBody>;
export const goodDeedView = z.object({
  id: z.string(),
  communityId: z.string(),
  doerKind: z.enum(DOER_KINDS),
  doerName: z.string(),
  beneficiary: z.string(),
  doneOn: z.string(),
  description: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
});
export const goodDeedQuery = z.object({ communityId: zId.optional(), year: zYear.optional() });

// ---------- "3+2+1" pairing ----------
export const HELPER_ROLES = ['leader', 'branch_secretary', 'cadre'] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];
export const TARGET_KINDS = ['needy_resident', 'household', 'unit', 'service_object'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const CONTACT_KINDS = ['visit', 'call', 'help'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const pairingRuleView = z.object({
  helperRole: z.enum(HELPER_ROLES),
  minTargets: z.number().int(),
  contactDays: z.number().int(),
});
export const pairingRulesBody = z.strictObject({
  rules: z
    .array(
      z.strictObject({
        helperRole: z.enum(HELPER_ROLES),
        minTargets: z.number().int().min(0).max(50),
        contactDays: z.number().int().min(1).max(366),
      }),
    )
    .min(1)
    .max(3),
});
export const pairingCreateBody = z.strictObject({
  communityId: zId,
  helperRole: z.enum(HELPER_ROLES),
  helperName: zName,
  /** The helper's own account when they have one (leaders and secretaries log their own contacts). */
  helperUserId: zId.optional(),
  /** The Party branch the helper belongs to (a branch secretary's pairings are their branch's; defaults to theirs). */
  helperBranchId: zId.optional(),
  targetKind: z.enum(TARGET_KINDS),
  targetResidentId: zId.optional(),
  targetName: zText(100),
  startedOn: zDate,
});
export type PairingCreate = z.infer<typeof pairingCreateBody>;
export const pairingView = z.object({
  id: z.string(),
  communityId: z.string(),
  helperName: z.string(),
  helperRole: z.enum(HELPER_ROLES),
  helperBranchId: z.string().nullable(),
  targetKind: z.enum(TARGET_KINDS),
  targetName: z.string(),
  startedOn: z.string(),
  lastContactOn: z.string().nullable(),
  overdue: z.boolean(),
  mine: z.boolean(),
});
export const contactBody = z.strictObject({
  contactedOn: zDate,
  kind: z.enum(CONTACT_KINDS),
  note: zText(1000),
  photos: zPhotos,
});
export type ContactInput = z.infer<typeof contactBody>;
export const contactView = z.object({
  id: z.string(),
  pairingId: z.string(),
  contactedOn: z.string(),
  kind: z.enum(CONTACT_KINDS),
  note: z.string(),
});
export const pairingComplianceView = z.object({
  asOf: z.string(),
  helpers: z.array(
    z.object({
      helperName: z.string(),
      helperRole: z.enum(HELPER_ROLES),
      targets: z.number().int(),
      required: z.number().int(),
      meetsQuota: z.boolean(),
      overdue: z.number().int(),
      /** The caller's own pairs (helpers with an account). */
      mine: z.boolean(),
    }),
  ),
  overdue: z.array(pairingView),
  unpairedNeedy: z.array(z.object({ residentId: z.string(), name: z.string(), communityId: z.string() })),
});
