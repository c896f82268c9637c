import { z } from 'zod';
import { zDate, zFreeText, zId, zName, zPage, zReason, zText } from './common.schema.ts';
import {
  CASE_ACTIONS,
  CASE_LEVELS,
  CASE_SOURCES,
  CASE_STAGES,
  CASE_STATUSES,
  DISPUTE_CATEGORIES,
  GRID_POSTS,
  MEDIATION_OUTCOMES,
  RISK_LEVELS,
  WARNINGS,
  zIdempotencyKey,
} from './grid.schema.ts';

/** Cases (矛盾纠纷/事件) of the grid: the parties, photos, actions and mediation sessions. */
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
  note: zFreeText(1000).optional(),
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
