import { z } from 'zod';
import { zId, zPage, zName } from './common.schema.ts';
import { zRole } from './auth.schema.ts';

export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: zRole,
  scopeUnitId: z.string(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  /** A branch secretary's own Party branch (支部); null otherwise. */
  partyBranchId: z.string().nullable(),
});
export const userListView = z.object({ items: z.array(userView) });
export const userCreateBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{3,32}$/),
  displayName: zName,
  role: zRole,
  scopeUnitId: zId,
  password: z.string().min(12).max(256),
  partyBranchId: zId.nullable().optional(),
});
export const userUpdateBody = z.strictObject({
  displayName: zName.optional(),
  role: zRole.optional(),
  scopeUnitId: zId.optional(),
  disabled: z.boolean().optional(),
  partyBranchId: zId.nullable().optional(),
});
/** The Party branches an account may be linked to (the user administration's picker). */
export const userBranchOptionsView = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), territoryId: z.string() })),
});

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

export const dashboardQuery = z.object({ at: z.iso.date().optional(), unitId: zId.optional() });
export const dashboardView = z.object({
  at: z.string(),
  communities: z.number().int(),
  villages: z.number().int(),
  grids: z.number().int(),
  residents: z.number().int(),
  partyMembers: z.number().int(),
  branches: z.number().int(),
  workers: z.number().int(),
  sunkCadres: z.number().int(),
  agencyStaff: z.number().int(),
  sunkCadreShare: z.number().nullable(),
  workersTarget: z.number().int(),
  perCommunity: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      kind: z.string(),
      grids: z.number().int(),
      residents: z.number().int(),
      workers: z.number().int(),
      meetsWorkerTarget: z.boolean(),
    }),
  ),
});
