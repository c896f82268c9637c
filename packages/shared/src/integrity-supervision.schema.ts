import { z } from 'zod';
import { zId, zName, zPage, zReason, zText } from './common.schema.ts';
import { DEVIATION_KINDS, EXERCISE_STATUSES, zPowerItemCode } from './integrity.schema.ts';

/** Supervision (监督): deviation alerts, residents' complaints (投诉) and the oversight exports. */
export const ALERT_STATUSES = ['open', 'acknowledged', 'investigating', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const ALERT_ACTIONS = ['acknowledge', 'note', 'close'] as const;
export const ALERT_FINDINGS = ['substantiated', 'unsubstantiated', 'corrected'] as const;
export type AlertFinding = (typeof ALERT_FINDINGS)[number];
export const COMPLAINT_STATUSES = ['received', 'accepted', 'investigating', 'concluded', 'dismissed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_ACTIONS = ['accept', 'note', 'reply', 'conclude', 'dismiss'] as const;
export const COMPLAINT_TARGETS = ['item', 'exercise', 'person', 'organisation'] as const;
export type ComplaintTarget = (typeof COMPLAINT_TARGETS)[number];

export const alertListQuery = zPage.extend({
  status: z.enum(ALERT_STATUSES).optional(),
  unitId: zId.optional(),
  kind: z.enum(DEVIATION_KINDS).optional(),
});
export type AlertListQuery = z.infer<typeof alertListQuery>;
export const alertView = z.object({
  id: z.string(),
  exerciseId: z.string(),
  exerciseTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  kind: z.enum(DEVIATION_KINDS),
  stepSeq: z.number().int().nullable(),
  evidence: z.string(),
  status: z.enum(ALERT_STATUSES),
  raisedAt: z.string(),
  ageDays: z.number().int(),
  finding: z.enum(ALERT_FINDINGS).nullable(),
  findingNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  notes: z.array(z.object({ at: z.string(), author: z.string(), note: z.string() })),
});
export const alertActionBody = z.strictObject({
  action: z.enum(ALERT_ACTIONS),
  note: zReason,
  finding: z.enum(ALERT_FINDINGS).optional(),
});
export type AlertActionInput = z.infer<typeof alertActionBody>;
export const detectBody = z.strictObject({ unitId: zId.optional() });
export type DetectInput = z.infer<typeof detectBody>;
export const detectView = z.object({ checked: z.number().int(), raised: z.number().int() });

export const complaintSubmitBody = z.strictObject({
  unitId: zId,
  targetKind: z.enum(COMPLAINT_TARGETS),
  targetId: zId.optional(),
  targetText: zText(100),
  content: zText(4000),
  anonymous: z.boolean(),
  name: zName.optional(),
  contact: z.string().trim().min(5).max(60).optional(),
});
export type ComplaintSubmit = z.infer<typeof complaintSubmitBody>;
export const complaintReceipt = z.object({ trackingCode: z.string(), status: z.enum(COMPLAINT_STATUSES) });
export const complaintTrackBody = z.strictObject({ code: z.string().trim().min(20).max(64) });
export const complaintTrackView = z.object({
  status: z.enum(COMPLAINT_STATUSES),
  submittedAt: z.string(),
  updatedAt: z.string(),
  replies: z.array(z.object({ at: z.string(), text: z.string() })),
});
export const complaintListQuery = zPage.extend({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  unitId: zId.optional(),
});
export type ComplaintListQuery = z.infer<typeof complaintListQuery>;
export const complaintListItem = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  targetKind: z.enum(COMPLAINT_TARGETS),
  targetText: z.string(),
  anonymous: z.boolean(),
  status: z.enum(COMPLAINT_STATUSES),
  submittedAt: z.string(),
  updatedAt: z.string(),
});
export const complaintView = complaintListItem.extend({
  targetId: z.string().nullable(),
  content: z.string(),
  name: z.string().nullable(),
  contact: z.string().nullable(),
  notes: z.array(z.object({ at: z.string(), author: z.string(), note: z.string(), public: z.boolean() })),
});
export const complaintActionBody = z.strictObject({ action: z.enum(COMPLAINT_ACTIONS), note: zReason });
export type ComplaintActionInput = z.infer<typeof complaintActionBody>;

export const oversightExerciseQuery = z.object({
  unitId: zId.optional(),
  status: z.enum(EXERCISE_STATUSES).optional(),
  itemCode: zPowerItemCode.optional(),
  deviating: z.enum(['true', 'false']).optional(),
});
export type OversightExerciseQuery = z.infer<typeof oversightExerciseQuery>;
export const oversightDecisionQuery = z.object({ unitId: zId.optional(), status: z.string().max(20).optional() });
export const auditHeadView = z.object({ seq: z.number().int(), hash: z.string(), at: z.string() });
