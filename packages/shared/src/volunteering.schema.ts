import { z } from 'zod';
import { zDate, zId, zName, zPage, zPaged, zPastDate, zText } from './common.schema.ts';

/** Volunteering: teams, volunteers, activities and sign-ups, verified hours, points and certificates. */
export const ACTIVITY_THEMES = ['dangqi_hong', 'xiyang_mei', 'chaiqian_budang', 'danghui_zhongyuan', 'other'] as const;
export type ActivityTheme = (typeof ACTIVITY_THEMES)[number];
export const SIGNUP_STATUSES = ['signed_up', 'checked_in', 'checked_out', 'recorded', 'verified'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export const teamCreateBody = z.strictObject({
  communityId: zId,
  name: zText(60),
  leaderName: zName,
  foundedOn: zDate,
});
export type TeamCreateInput = z.infer<typeof teamCreateBody>;
export const teamView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  leaderName: z.string(),
  foundedOn: z.string(),
  volunteers: z.number().int(),
});
export const volunteerCreateBody = z.strictObject({
  teamId: zId,
  name: zName,
  userId: zId.optional(),
  joinedOn: zPastDate,
});
export type VolunteerCreateInput = z.infer<typeof volunteerCreateBody>;
export const volunteerView = z.object({
  id: z.string(),
  teamId: z.string().nullable(),
  name: z.string(),
  joinedOn: z.string(),
  verifiedMinutes: z.number().int(),
  starLevel: z.number().int(),
});
export const activityCreateBody = z.strictObject({
  teamId: zId,
  title: zText(100),
  theme: z.enum(ACTIVITY_THEMES),
  heldOn: zDate,
  place: zText(100),
  capacity: z.number().int().min(1).max(10000),
});
export type ActivityCreateInput = z.infer<typeof activityCreateBody>;
export const activityView = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  communityId: z.string(),
  title: z.string(),
  theme: z.enum(ACTIVITY_THEMES),
  heldOn: z.string(),
  place: z.string(),
  capacity: z.number().int(),
  signedUp: z.number().int(),
  mine: z.enum(SIGNUP_STATUSES).nullable(),
});
/** An upcoming activity on the residents' portal (public, no sign-in): what, when, where and places taken; no names. */
export const publicActivityView = activityView.omit({ mine: true });
export const activityListQuery = z.object({
  communityId: zId.optional(),
  teamId: zId.optional(),
  from: zDate.optional(),
});
export const signupView = z.object({
  id: z.string(),
  activityId: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  serviceMinutes: z.number().int().nullable(),
  verifiedAt: z.string().nullable(),
});
export const signupTimeBody = z.strictObject({ at: z.iso.datetime().optional() });
export const serviceMinutesBody = z.strictObject({
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
export const pointsBody = z.strictObject({
  volunteerId: zId,
  points: z
    .number()
    .int()
    .min(-10000)
    .max(10000)
    .refine((n) => n !== 0),
  reason: zText(200),
  awardedOn: zDate,
});
export type PointsInput = z.infer<typeof pointsBody>;
/** Points entries (积分台账): a ledger of its own, never part of the hours. Staff see their scope (optionally one volunteer). */
export const pointsListQuery = zPage.extend({ volunteerId: zId.optional() });
export const pointEntryView = z.object({
  id: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  points: z.number().int(),
  reason: z.string(),
  awardedOn: z.string(),
});
export const pointEntryPage = zPaged(pointEntryView);
export const myVolunteeringView = z.object({
  volunteerId: z.string().nullable(),
  name: z.string(),
  verifiedMinutes: z.number().int(),
  pendingMinutes: z.number().int(),
  starLevel: z.number().int(),
  nextLevelHours: z.number().int().nullable(),
  points: z.number().int(),
  signups: z.array(signupView.extend({ title: z.string(), heldOn: z.string() })),
  certificates: z.array(z.object({ number: z.string(), serviceMinutes: z.number().int(), issuedOn: z.string() })),
});
export const certificateIssuedView = z.object({
  number: z.string(),
  serviceMinutes: z.number().int(),
  starLevel: z.number().int(),
  issuedOn: z.string(),
});
export const certificateNumberParams = z.object({ number: z.string().regex(/^ZYZ-\d{4}-[0-9A-Z]{10}$/) });
export const publicCertificateView = z.object({
  number: z.string(),
  maskedName: z.string(),
  serviceHours: z.number(),
  starLevel: z.number().int(),
  issuedOn: z.string(),
});
export const teamMonthlyView = z.object({
  year: z.number().int(),
  teams: z.array(
    z.object({
      teamId: z.string(),
      name: z.string(),
      activeMonths: z.array(z.string()),
      missingMonths: z.array(z.string()),
    }),
  ),
});
