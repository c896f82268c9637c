import { z } from 'zod';
import { zDate, zId, zName, zPhotos, zText } from './common.schema.ts';

/** "3+2+1" pairing: helpers, their targets and contacts. */
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
