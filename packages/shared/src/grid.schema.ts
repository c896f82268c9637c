import { z } from 'zod';
import { zDate, zId, zName, zPage, zReason } from './common.schema.ts';

/**
 * Grid governance (网格治理): posts in grids, the daily dispute-screening report (矛盾排查日报, with the
 * zero report 零报告), dispute cases (矛盾纠纷) with mediation, escalation grid → community → subdistrict
 * ("小事不出网格，大事不出社区") and stage time limits, and the dashboards built on them.
 */
export const GRID_POSTS = ['leader', 'worker', 'specialist'] as const;
export type GridPost = (typeof GRID_POSTS)[number];
export const REPORT_ITEM_KINDS = ['dispute', 'risk', 'visit'] as const;
export type ReportItemKind = (typeof REPORT_ITEM_KINDS)[number];
export const DISPUTE_CATEGORIES = [
  'neighbours',
  'family',
  'property',
  'labour',
  'demolition',
  'land',
  'other',
] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const CASE_LEVELS = ['grid', 'community', 'subdistrict'] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];
export const CASE_STATUSES = [
  'registered',
  'accepted',
  'assigned',
  'mediating',
  'resolved',
  'failed',
  'escalated',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_ACTIONS = ['accept', 'assign', 'mediate', 'resolve', 'fail', 'escalate', 'follow_up'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export const CASE_SOURCES = ['screening', 'visit', 'call'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_STAGES = ['accept', 'handle', 'verify'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const WARNINGS = ['none', 'yellow', 'red'] as const;
export type Warning = (typeof WARNINGS)[number];
export const MEDIATION_OUTCOMES = ['agreement', 'partial', 'no_agreement', 'adjourned'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

const zText = (max: number) => z.string().trim().min(1).max(max);
const zNote = z.string().trim().max(1000).optional();
/** A client-made key (UUID) that makes a submission safe to repeat: same key, same result, nothing duplicated. */
export const zIdempotencyKey = z.string().uuid();
const zCutoff = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.cutoff' });

/** Hours allowed per stage; category entries override the level's default. */
const zHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 365);
const zStageHours = z.strictObject({ accept: zHours, handle: zHours, verify: zHours });
export const timeLimitsSchema = z.strictObject({
  levels: z.strictObject({ grid: zStageHours, community: zStageHours, subdistrict: zStageHours }),
  categories: z
    .partialRecord(z.enum(DISPUTE_CATEGORIES), z.partialRecord(z.enum(CASE_LEVELS), zStageHours.partial()))
    .default({}),
});
export type TimeLimits = z.infer<typeof timeLimitsSchema>;

export const gridSettingsView = z.object({
  subdistrictId: z.string(),
  cutoff: z.string(),
  timeLimits: timeLimitsSchema,
});
export const gridSettingsBody = z.strictObject({ subdistrictId: zId, cutoff: zCutoff, timeLimits: timeLimitsSchema });
export type GridSettingsInput = z.infer<typeof gridSettingsBody>;
export const gridSettingsQuery = z.object({ subdistrictId: zId.optional() });

export const postCreateBody = z.strictObject({ gridId: zId, userId: zId, post: z.enum(GRID_POSTS) });
export type PostCreateInput = z.infer<typeof postCreateBody>;
export const postView = z.object({
  id: z.string(),
  gridId: z.string(),
  gridName: z.string(),
  userId: z.string(),
  userName: z.string(),
  post: z.enum(GRID_POSTS),
  since: z.string(),
});
export const postListQuery = z.object({ unitId: zId.optional() });
export const postList = z.object({ items: z.array(postView) });
export const staffList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), unitName: z.string() })),
});

export const reportItemInput = z.strictObject({
  kind: z.enum(REPORT_ITEM_KINDS),
  description: zText(500),
  place: z.string().trim().max(100).optional(),
  category: z.enum(DISPUTE_CATEGORIES).optional(),
  risk: z.enum(RISK_LEVELS).optional(),
});
export type ReportItemInput = z.infer<typeof reportItemInput>;
/** A zero report has no items; a report with items is not a zero report (checked in the body). */
export const reportSubmitBody = z
  .strictObject({
    gridId: zId,
    date: zDate.optional(),
    zero: z.boolean(),
    items: z.array(reportItemInput).max(30).default([]),
    idempotencyKey: zIdempotencyKey,
  })
  .refine((b) => (b.zero ? b.items.length === 0 : b.items.length > 0), {
    message: 'validation.zeroReport',
    path: ['items'],
  });
export type ReportSubmit = z.infer<typeof reportSubmitBody>;
export const reportCorrectBody = z
  .strictObject({ zero: z.boolean(), items: z.array(reportItemInput).max(30).default([]), note: zNote })
  .refine((b) => (b.zero ? b.items.length === 0 : b.items.length > 0), {
    message: 'validation.zeroReport',
    path: ['items'],
  });
export type ReportCorrect = z.infer<typeof reportCorrectBody>;
export const reportItemView = z.object({
  id: z.string(),
  kind: z.enum(REPORT_ITEM_KINDS),
  description: z.string(),
  place: z.string().nullable(),
  category: z.enum(DISPUTE_CATEGORIES).nullable(),
  risk: z.enum(RISK_LEVELS).nullable(),
  caseId: z.string().nullable(),
});
export const reportView = z.object({
  id: z.string(),
  gridId: z.string(),
  gridName: z.string(),
  reporterId: z.string(),
  reporterName: z.string(),
  date: z.string(),
  zero: z.boolean(),
  late: z.boolean(),
  submittedAt: z.string(),
  correctedAt: z.string().nullable(),
  locked: z.boolean(),
  items: z.array(reportItemView),
});
export type ReportView = z.infer<typeof reportView>;
export const reportListQuery = zPage.extend({ unitId: zId.optional(), date: zDate.optional() });

/** The signed-in person's posts and today's state per grid (the phone's home page). */
export const myDayView = z.object({
  date: z.string(),
  cutoff: z.string(),
  afterCutoff: z.boolean(),
  posts: z.array(
    z.object({ gridId: z.string(), gridName: z.string(), post: z.enum(GRID_POSTS), report: reportView.nullable() }),
  ),
});

export const complianceQuery = z.object({ date: zDate.optional(), unitId: zId.optional() });
const complianceRow = z.object({
  unitId: z.string(),
  unitName: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  expected: z.number().int(),
  reported: z.number().int(),
  zero: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
});
export const complianceView = z.object({
  date: z.string(),
  cutoff: z.string(),
  afterCutoff: z.boolean(),
  units: z.array(complianceRow),
  /** After the cut-off: one alert per specialist post without a report, with the community above the grid. */
  missing: z.array(
    z.object({
      gridId: z.string(),
      gridName: z.string(),
      communityName: z.string(),
      userId: z.string(),
      userName: z.string(),
    }),
  ),
});
export type ComplianceView = z.infer<typeof complianceView>;

export const partyInput = z
  .strictObject({ residentId: zId.optional(), name: zName.optional(), role: z.string().trim().max(30).optional() })
  .refine((p) => Boolean(p.residentId) !== Boolean(p.name), { message: 'validation.party' });
/** Photos are uploaded one per request as the raw image body; the key makes a resent photo land once. */
export const photoUploadQuery = z.object({
  key: zIdempotencyKey,
  useLocation: z.enum(['true', 'false']).default('false'),
});
export const photoReceipt = z.object({
  id: z.string(),
  contentType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
});
export const caseCreateBody = z.strictObject({
  gridId: zId,
  source: z.enum(CASE_SOURCES),
  reportItemId: zId.optional(),
  category: z.enum(DISPUTE_CATEGORIES),
  risk: z.enum(RISK_LEVELS),
  place: zText(100),
  description: zText(2000),
  parties: z.array(partyInput).min(1).max(10),
  idempotencyKey: zIdempotencyKey,
});
export type CaseCreate = z.infer<typeof caseCreateBody>;
export const caseActionBody = z.strictObject({
  action: z.enum(CASE_ACTIONS),
  note: zNote,
  assigneeId: zId.optional(),
  agreement: z.string().trim().max(2000).optional(),
  reason: zReason.optional(),
});
export type CaseActionInput = z.infer<typeof caseActionBody>;
export const sessionBody = z.strictObject({
  heldOn: zDate,
  mediators: z.array(zName).min(1).max(10),
  outcome: z.enum(MEDIATION_OUTCOMES),
  notes: z.string().trim().max(2000).default(''),
});
export type SessionCreate = z.infer<typeof sessionBody>;
export const caseListQuery = zPage.extend({
  unitId: zId.optional(),
  status: z.enum(CASE_STATUSES).optional(),
  level: z.enum(CASE_LEVELS).optional(),
  category: z.enum(DISPUTE_CATEGORIES).optional(),
  warning: z.enum(WARNINGS).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;
export const timerView = z.object({
  stage: z.enum(CASE_STAGES).nullable(),
  dueAt: z.string().nullable(),
  warning: z.enum(WARNINGS),
});
export const caseListItem = z.object({
  id: z.string(),
  number: z.string(),
  gridId: z.string(),
  gridName: z.string(),
  category: z.enum(DISPUTE_CATEGORIES),
  risk: z.enum(RISK_LEVELS),
  level: z.enum(CASE_LEVELS),
  status: z.enum(CASE_STATUSES),
  place: z.string(),
  summary: z.string(),
  registeredAt: z.string(),
  timer: timerView,
});
export const caseView = caseListItem.extend({
  source: z.enum(CASE_SOURCES),
  description: z.string(),
  reportItemId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  resolvedLevel: z.enum(CASE_LEVELS).nullable(),
  parties: z.array(z.object({ residentId: z.string().nullable(), name: z.string(), role: z.string().nullable() })),
  photos: z.array(
    z.object({
      id: z.string(),
      contentType: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int(),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      mediators: z.array(z.string()),
      outcome: z.enum(MEDIATION_OUTCOMES),
      notes: z.string(),
      by: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      from: z.string().nullable(),
      to: z.string(),
      level: z.enum(CASE_LEVELS),
      by: z.string(),
      note: z.string().nullable(),
    }),
  ),
  /** `assignees`: whom the caller may assign the case to now (people of its grid; empty unless 'assign' is offered). */
  abilities: z.object({
    actions: z.array(z.enum(CASE_ACTIONS)),
    session: z.boolean(),
    assignees: z.array(
      z.object({ id: z.string(), name: z.string(), unitName: z.string(), posts: z.array(z.enum(GRID_POSTS)) }),
    ),
  }),
});
export type CaseView = z.infer<typeof caseView>;
export type CaseListItem = z.infer<typeof caseListItem>;
export const escalateSweepView = z.object({ checked: z.number().int(), escalated: z.number().int() });
export const photoParams = z.object({ id: zId, photoId: zId });

export const gridDashboardQuery = z.object({ from: zDate.optional(), to: zDate.optional(), unitId: zId.optional() });
const countBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.array(z.object({ key: z.enum(keys), count: z.number().int() }));
export const gridDashboardView = z.object({
  from: z.string(),
  to: z.string(),
  compliance: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      kind: z.string(),
      expected: z.number().int(),
      reported: z.number().int(),
      zero: z.number().int(),
      late: z.number().int(),
      rate: z.number(),
    }),
  ),
  byDay: z.array(
    z.object({ date: z.string(), expected: z.number().int(), reported: z.number().int(), late: z.number().int() }),
  ),
  byCategory: countBy(DISPUTE_CATEGORIES),
  byLevel: countBy(CASE_LEVELS),
  byStatus: countBy(CASE_STATUSES),
  cases: z.number().int(),
  overdue: z.number().int(),
  yellow: z.number().int(),
  /** Share of resolved cases resolved at grid level (源头治理); null when nothing was resolved. */
  gridResolvedShare: z.number().nullable(),
  /** Sessions ending in an agreement over all sessions; null without sessions. */
  mediationSuccessRate: z.number().nullable(),
});
export type GridDashboardView = z.infer<typeof gridDashboardView>;
export const dailyRollupQuery = z.object({ date: zDate.optional(), unitId: zId.optional() });
export const dailyRollupView = z.object({
  date: z.string(),
  unitName: z.string(),
  expected: z.number().int(),
  reported: z.number().int(),
  zero: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  items: z.number().int(),
  newCases: z.number().int(),
  resolvedToday: z.number().int(),
  openCases: z.number().int(),
  red: z.number().int(),
  communities: z.array(
    z.object({
      name: z.string(),
      expected: z.number().int(),
      reported: z.number().int(),
      missing: z.number().int(),
      newCases: z.number().int(),
    }),
  ),
  text: z.string(),
});
