import { z } from 'zod';
import { zDate, zId, zName, zPage, zText } from './common.schema.ts';

/**
 * Integrity and supervision (纪律作风): the power list (权力清单) as versioned procedures, its roll-out per
 * community, exercises (运行) with detected deviations, supervision alerts to the discipline inspection
 * office (纪检监察室), and complaints and reports (信访举报) that only inspectors read.
 */
export const POWER_CATEGORIES = ['public_power', 'convenience_service', 'negative_list'] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number];
export const POWER_ITEM_STATUSES = ['active', 'retired'] as const;
export type PowerItemStatus = (typeof POWER_ITEM_STATUSES)[number];
export const EXERCISE_STATUSES = ['open', 'closed'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];
export const DEVIATION_KINDS = [
  'skipped_step',
  'out_of_order',
  'step_overdue',
  'exercise_overdue',
  'disclosure_missing',
  'incompatible_holder',
] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

/** The code of a power-list item (事项编码). */
export const zPowerItemCode = z.string().regex(/^[A-Z][A-Z0-9-]{1,19}$/);
/** An instant (UTC ISO-8601 with offset). */
export const zInstant = z.iso.datetime({ offset: true });

export const powerStepInput = z.strictObject({
  name: zName,
  actorPost: zName,
  output: zText(100),
  /** Calendar days from the previous step (or from opening for the first step). */
  timeLimitDays: z.number().int().min(0).max(365),
});
export const powerItemCreateBody = z.strictObject({
  ownerUnitId: zId,
  code: zPowerItemCode,
  name: zText(100),
  category: z.enum(POWER_CATEGORIES),
  policyBasis: zText(500),
  subject: zText(100),
  post: zText(100),
  steps: z.array(powerStepInput).min(1).max(20),
  timeLimitDays: z.number().int().min(1).max(365),
  disclosure: z
    .strictObject({ what: zText(200), where: zText(200), withinDays: z.number().int().min(0).max(90) })
    .nullable(),
  supervisionBody: zText(100),
  riskPoints: z.array(zText(200)).max(20),
  accountability: zText(500),
  /** Pairs of step numbers one person may not both hold (e.g. review and approval). */
  incompatible: z.array(z.tuple([z.number().int().min(1), z.number().int().min(1)])).max(20),
  effectiveFrom: zDate,
  demo: z.boolean().default(false),
});
export type PowerItemCreate = z.infer<typeof powerItemCreateBody>;

export const powerStepView = z.object({
  seq: z.number().int(),
  name: z.string(),
  actorPost: z.string(),
  output: z.string(),
  timeLimitDays: z.number().int(),
});
export const powerItemView = z.object({
  id: z.string(),
  ownerUnitId: z.string(),
  code: z.string(),
  name: z.string(),
  category: z.enum(POWER_CATEGORIES),
  version: z.number().int(),
  status: z.enum(POWER_ITEM_STATUSES),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  policyBasis: z.string(),
  subject: z.string(),
  post: z.string(),
  steps: z.array(powerStepView),
  timeLimitDays: z.number().int(),
  disclosure: z.object({ what: z.string(), where: z.string(), withinDays: z.number().int() }).nullable(),
  supervisionBody: z.string(),
  riskPoints: z.array(z.string()),
  accountability: z.string(),
  incompatible: z.array(z.tuple([z.number().int(), z.number().int()])),
  demo: z.boolean(),
  inUse: z.boolean(),
});
export type PowerItemView = z.infer<typeof powerItemView>;
export const powerItemList = z.object({ items: z.array(powerItemView) });
export const powerItemListQuery = z.object({
  code: zPowerItemCode.optional(),
  all: z.enum(['true', 'false']).optional(),
});

export const rolloutBody = z.strictObject({
  unitId: zId,
  codes: z.array(zPowerItemCode).min(1).max(100),
  enabled: z.boolean(),
});
export type RolloutInput = z.infer<typeof rolloutBody>;
export const rolloutView = z.object({
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      kind: z.string(),
      pilot: z.boolean(),
      enabled: z.number().int(),
      total: z.number().int(),
      codes: z.array(z.string()),
    }),
  ),
});

export const evidenceInput = z.strictObject({ title: zText(100), ref: z.string().trim().max(200).optional() });
export const exerciseOpenBody = z.strictObject({
  unitId: zId,
  itemCode: zPowerItemCode,
  title: zText(100),
  note: z.string().trim().max(1000).optional(),
  openedAt: zInstant.optional(),
});
export type ExerciseOpenInput = z.infer<typeof exerciseOpenBody>;
export const stepRecordBody = z.strictObject({
  stepSeq: z.number().int().min(1).max(20),
  doneAt: zInstant.optional(),
  note: z.string().trim().max(1000).optional(),
  evidence: z.array(evidenceInput).max(10).default([]),
});
export type StepRecordInput = z.infer<typeof stepRecordBody>;
export const exerciseCloseBody = z.strictObject({
  closedAt: zInstant.optional(),
  note: z.string().trim().max(1000).optional(),
});
export type ExerciseCloseInput = z.infer<typeof exerciseCloseBody>;
export const disclosureBody = z.strictObject({
  publishedAt: zInstant.optional(),
  where: zText(200),
  noticeId: zId.optional(),
});
export type DisclosureInput = z.infer<typeof disclosureBody>;
export const exerciseListQuery = zPage.extend({
  unitId: zId.optional(),
  status: z.enum(EXERCISE_STATUSES).optional(),
  itemCode: zPowerItemCode.optional(),
  deviating: z.enum(['true', 'false']).optional(),
});
export type ExerciseListQuery = z.infer<typeof exerciseListQuery>;
export const deviationView = z.object({
  kind: z.enum(DEVIATION_KINDS),
  stepSeq: z.number().int().nullable(),
  detail: z.string(),
});
export const exerciseListItem = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  itemId: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  itemVersion: z.number().int(),
  title: z.string(),
  status: z.enum(EXERCISE_STATUSES),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  deviations: z.array(deviationView),
  openAlerts: z.number().int(),
});
export const exerciseView = exerciseListItem.extend({
  note: z.string().nullable(),
  openedBy: z.string(),
  disclosedAt: z.string().nullable(),
  disclosureWhere: z.string().nullable(),
  disclosureNoticeId: z.string().nullable(),
  item: powerItemView,
  steps: z.array(
    z.object({
      seq: z.number().int(),
      doneAt: z.string(),
      actorId: z.string(),
      actorName: z.string(),
      note: z.string().nullable(),
      evidence: z.array(z.object({ title: z.string(), ref: z.string().optional() })),
      recordedAt: z.string(),
    }),
  ),
  abilities: z.object({ recordStep: z.boolean(), close: z.boolean(), disclose: z.boolean() }),
});
export type ExerciseView = z.infer<typeof exerciseView>;

export const publicPowerListView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      category: z.enum(POWER_CATEGORIES),
      policyBasis: z.string(),
      subject: z.string(),
      post: z.string(),
      steps: z.array(powerStepView),
      timeLimitDays: z.number().int(),
      disclosure: z.object({ what: z.string(), where: z.string(), withinDays: z.number().int() }).nullable(),
      supervisionBody: z.string(),
      demo: z.boolean(),
    }),
  ),
});
