import { MAX_BOOKING_HOURS, SLOT_MINUTES, type BookingAction, type BookingStatus } from '@jishi/shared';

/**
 * Room bookings as a pure transition table, and the half-hour slots a booking holds.
 *
 *   pending ─approve→ confirmed ─cancel→ cancelled
 *      ├─reject→ rejected
 *      └─cancel→ cancelled
 * A room without approval starts confirmed. Pending and confirmed bookings hold their slots; rejected and
 * cancelled ones release them.
 */
const TABLE: Record<BookingStatus, Partial<Record<BookingAction, BookingStatus>>> = {
  pending: { approve: 'confirmed', reject: 'rejected', cancel: 'cancelled' },
  confirmed: { cancel: 'cancelled' },
  rejected: {},
  cancelled: {},
};

export const bookingTransition = (state: BookingStatus, action: BookingAction): BookingStatus | null =>
  TABLE[state][action] ?? null;
export const holdsSlots = (status: BookingStatus): boolean => status === 'pending' || status === 'confirmed';
export const initialStatus = (needsApproval: boolean): BookingStatus => (needsApproval ? 'pending' : 'confirmed');

const SLOT_MS = SLOT_MINUTES * 60_000;

/**
 * The slot starts (UTC ISO) a booking from `startsAt` to `endsAt` holds, or why it is invalid:
 * 'order' (end not after start), 'grid' (not on the half hour, or longer than the maximum).
 */
export function slotsOf(startsAt: string, endsAt: string): { slots: string[] } | { error: 'order' | 'grid' } {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (!(end > start)) return { error: 'order' };
  if (start % SLOT_MS !== 0 || end % SLOT_MS !== 0 || end - start > MAX_BOOKING_HOURS * 3_600_000)
    return { error: 'grid' };
  const slots: string[] = [];
  for (let t = start; t < end; t += SLOT_MS) slots.push(new Date(t).toISOString());
  return { slots };
}
