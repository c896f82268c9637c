import { z } from 'zod';
import { zDate, zId, zOptText, zPhotos, zText, zYear, zYearMonth } from './common.schema.ts';

/** 三会一课 and organisational life: meetings of the branches and their schedule. */
export const ORG_LIFE_KINDS = [
  'members_assembly',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_day',
  'democratic_life',
  'org_life_meeting',
] as const;
export type OrgLifeKind = (typeof ORG_LIFE_KINDS)[number];
export const orgLifeMeetingBody = z
  .strictObject({
    branchId: zId,
    kind: z.enum(ORG_LIFE_KINDS),
    heldOn: zDate,
    topic: zText(200),
    due: z.number().int().min(1).max(10000),
    present: z.number().int().min(0).max(10000),
    minutes: zOptText(20000),
    photos: zPhotos,
  })
  .refine((b) => b.present <= b.due, { message: 'validation.attendance', path: ['present'] });
export type OrgLifeMeetingCreate = z.infer<typeof orgLifeMeetingBody>;
export const orgLifeMeetingView = z.object({
  id: z.string(),
  branchId: z.string(),
  kind: z.enum(ORG_LIFE_KINDS),
  heldOn: z.string(),
  topic: z.string(),
  due: z.number().int(),
  present: z.number().int(),
  minutes: z.string(),
  photos: z.array(z.string()),
});
export const orgLifeQuery = z.object({ branchId: zId, year: zYear });
export const closeMonthBody = z.strictObject({ branchId: zId, month: zYearMonth });
export type CloseMonthInput = z.infer<typeof closeMonthBody>;
export const scheduleView = z.object({
  branchId: z.string(),
  year: z.number().int(),
  closedMonths: z.array(z.string()),
  rows: z.array(
    z.object({
      kind: z.enum(ORG_LIFE_KINDS),
      frequency: z.string(),
      periods: z.array(z.object({ period: z.string(), held: z.number().int(), missing: z.boolean() })),
      missing: z.number().int(),
    }),
  ),
});
