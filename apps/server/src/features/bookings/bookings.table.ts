import type { BookerKind, BookingStatus } from '@jishi/shared';
/** A room booking; pending and confirmed bookings hold their slots in room_booking_slots. */
export interface BookingTable {
  id: string;
  room_id: string;
  /** The signed-in user who booked. */
  booker_id: string;
  /** 'resident' | 'team' | 'branch' | 'provider' | 'staff' */
  booker_kind: BookerKind;
  booker_name: string;
  purpose: string;
  attendees: number;
  starts_at: string;
  ends_at: string;
  status: BookingStatus;
  decided_by: string | null;
  decision_note: string | null;
  created_at: string;
  updated_at: string;
}

/** One half-hour slot a live booking holds; (room_id, slot_start) is the primary key. */
export interface BookingSlotTable {
  room_id: string;
  slot_start: string;
  booking_id: string;
}
