import { z } from 'zod';
import { zId, zName } from './common.schema.ts';

/** 党工委 → 党委/党总支 → 党支部 → 党小组. */
export const PARTY_ORG_KINDS = ['working_committee', 'party_committee', 'general_branch', 'branch', 'group'] as const;
export type PartyOrgKind = (typeof PARTY_ORG_KINDS)[number];
/** Branch categories: community, village, floating (流动), non-public enterprise (非公), grid, agency, social organisation. */
export const BRANCH_CATEGORIES = [
  'community',
  'village',
  'floating',
  'enterprise',
  'grid',
  'agency',
  'social_org',
] as const;
export type BranchCategory = (typeof BRANCH_CATEGORIES)[number];

export const partyOrgView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(PARTY_ORG_KINDS),
  category: z.enum(BRANCH_CATEGORIES).nullable(),
  name: z.string(),
  territoryId: z.string(),
  memberCount: z.number().int(),
  abilities: z.object({ update: z.boolean(), createChild: z.boolean() }),
});
export const partyOrgListView = z.object({ items: z.array(partyOrgView) });
export const partyOrgCreateBody = z.strictObject({
  parentId: zId,
  kind: z.enum(PARTY_ORG_KINDS).exclude(['working_committee']),
  category: z.enum(BRANCH_CATEGORIES).optional(),
  name: zName,
  territoryId: zId,
});
export type PartyOrgCreate = z.infer<typeof partyOrgCreateBody>;
export const partyOrgUpdateBody = z.strictObject({
  name: zName.optional(),
  category: z.enum(BRANCH_CATEGORIES).optional(),
});
export type PartyOrgUpdate = z.infer<typeof partyOrgUpdateBody>;
