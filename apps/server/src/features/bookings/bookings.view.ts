import type { BookingView } from '@jishi/shared';
import type { BookingRow } from './bookings.repo.ts';

/** Others' bookings show as busy only (no name, no purpose) unless the viewer runs the service centre. */
export function toBookingView(b: BookingRow, viewerId: string, full: boolean): BookingView {
  const mine = b.booker_id === viewerId;
  const open = full || mine;
  return {
    id: b.id,
    roomId: b.room_id,
    roomName: b.room_name,
    premisesName: b.premises_name,
    unitId: b.unit_id,
    bookerKind: b.booker_kind as BookingView['bookerKind'],
    bookerName: open ? b.booker_name : '',
    purpose: open ? b.purpose : '',
    attendees: open ? b.attendees : 0,
    startsAt: b.starts_at,
    endsAt: b.ends_at,
    status: b.status as BookingView['status'],
    mine,
    decisionNote: open ? b.decision_note : null,
  };
}
