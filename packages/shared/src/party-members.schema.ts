import { z } from 'zod';
import { zId, zName, zPage, zPastDate } from './common.schema.ts';

/** Party members: 正式/预备; 在职/离退休/流动/无业. */
export const MEMBER_TYPES = ['formal', 'probationary'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];
export const MEMBER_STATUSES = ['in_service', 'retired', 'floating', 'unemployed'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const partyMemberView = z.object({
  id: z.string(),
  name: z.string(),
  residentId: z.string().nullable(),
  branchId: z.string(),
  branchName: z.string(),
  memberType: z.enum(MEMBER_TYPES),
  status: z.enum(MEMBER_STATUSES),
  joinDate: z.string(),
  workUnit: z.string(),
});
export const partyMemberListQuery = zPage.extend({ branchId: zId.optional(), q: z.string().trim().max(50).optional() });
export const partyMemberCreateBody = z.strictObject({
  name: zName,
  residentId: zId.optional(),
  branchId: zId,
  memberType: z.enum(MEMBER_TYPES),
  status: z.enum(MEMBER_STATUSES),
  joinDate: zPastDate,
  workUnit: z.string().trim().max(100).default(''),
});
export type PartyMemberCreate = z.infer<typeof partyMemberCreateBody>;
/** Every field optional and none defaulted: a PATCH changes only what it names (`.partial()` would keep the defaults). */
export const partyMemberUpdateBody = z.strictObject({
  name: zName.optional(),
  residentId: zId.optional(),
  branchId: zId.optional(),
  memberType: z.enum(MEMBER_TYPES).optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  joinDate: zPastDate.optional(),
  workUnit: z.string().trim().max(100).optional(),
});
