import { z } from 'zod';
import { zDate, zId, zName, zText, zYear } from './common.schema.ts';

/** Good deeds (好人好事) of Party members and volunteers. */
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
