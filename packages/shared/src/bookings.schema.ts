import { z } from 'zod';
import { zId, zName } from './common.schema.ts';

/** Room bookings: half-hour slots, no double booking, approval where the room needs it. */
export const BOOKING_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_ACTIONS = ['approve', 'reject', 'cancel'] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];
export const BOOKER_KINDS = ['resident', 'team', 'branch', 'provider', 'staff'] as const;
export type BookerKind = (typeof BOOKER_KINDS)[number];
/** Bookings are whole half hours; at most 12 hours at once. */
export const SLOT_MINUTES = 30;
export const MAX_BOOKING_HOURS = 12;

const zInstant = z.iso.datetime({ offset: true });
/** How far ahead a room can be booked. */
export const BOOKING_HORIZON_DAYS = 730;
export const bookingBody = z.strictObject({
  roomId: zId,
  startsAt: zInstant.refine((v) => Date.parse(v) <= Date.now() + BOOKING_HORIZON_DAYS * 86_400_000, {
    message: 'validation.bookingHorizon',
  }),
  endsAt: zInstant.refine((v) => Date.parse(v) <= Date.now() + BOOKING_HORIZON_DAYS * 86_400_000 + 86_400_000, {
    message: 'validation.bookingHorizon',
  }),
  purpose: z.string().trim().min(1).max(200),
  attendees: z.number().int().min(1).max(10_000),
  bookerKind: z.enum(BOOKER_KINDS).default('resident'),
  /** The team, branch or organisation booking (defaults to the signed-in user's name). */
  bookerName: zName.optional(),
});
export type BookingInput = z.infer<typeof bookingBody>;
export const bookingActionBody = z.strictObject({
  action: z.enum(BOOKING_ACTIONS),
  note: z.string().trim().max(200).default(''),
});
export type BookingActionInput = z.infer<typeof bookingActionBody>;
export const bookingView = z.object({
  id: z.string(),
  roomId: z.string(),
  roomName: z.string(),
  premisesName: z.string(),
  unitId: z.string(),
  bookerKind: z.enum(BOOKER_KINDS),
  bookerName: z.string(),
  purpose: z.string(),
  attendees: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(BOOKING_STATUSES),
  mine: z.boolean(),
  decisionNote: z.string().nullable(),
});
export type BookingView = z.infer<typeof bookingView>;
export const bookingListQuery = z.object({
  roomId: zId.optional(),
  from: zInstant.optional(),
  to: zInstant.optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
});
export const bookableRoomView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  capacity: z.number().int(),
  needsApproval: z.boolean(),
  premisesName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
});
