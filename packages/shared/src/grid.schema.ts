import { z } from 'zod';
import { zDate, zFreeText, zId, zPage, zText } from './common.schema.ts';

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
  .strictObject({
    zero: z.boolean(),
    items: z.array(reportItemInput).max(30).default([]),
    note: zFreeText(1000).optional(),
  })
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
