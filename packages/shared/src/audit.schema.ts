import { z } from 'zod';
import { zPage } from './common.schema.ts';

/** The audit log (审计日志): its entries and the verification of its hash chain. */
export const auditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  result: z.string(),
  reason: z.string().nullable(),
  changes: z.string().nullable(),
});
export const auditListQuery = zPage.extend({
  action: z.string().max(60).optional(),
  subjectId: z.string().max(60).optional(),
});
export const auditVerifyView = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
  head: z.string().nullable(),
});
