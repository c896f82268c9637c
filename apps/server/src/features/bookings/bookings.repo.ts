import type { BookingStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { translateDbError } from '../../db/dialect.ts';
import { AppError } from '../../platform/errors.ts';
import type { BookingTable } from './bookings.table.ts';
import type { TodoScope } from '../todos/todos.types.ts';

const withRoom = (db: Conn) =>
  db
    .selectFrom('room_bookings as b')
    .innerJoin('service_rooms as r', 'r.id', 'b.room_id')
    .innerJoin('service_premises as p', 'p.id', 'r.premises_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id');
const COLUMNS = ['r.name as room_name', 'p.name as premises_name', 'p.unit_id', 'u.path as unit_path'] as const;

export const findBooking = (db: Conn, id: string) =>
  withRoom(db).selectAll('b').select(COLUMNS).where('b.id', '=', id).executeTakeFirst();
export type BookingRow = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

export interface BookingFilter {
  roomId?: string;
  from?: string;
  to?: string;
  status?: BookingStatus;
  bookerId?: string;
}
export const listBookings = (db: Conn, scope: OrgScope, f: BookingFilter) => {
  let q = withRoom(db).selectAll('b').select(COLUMNS).where(pathInScope('u.path', scope));
  if (f.roomId) q = q.where('b.room_id', '=', f.roomId);
  if (f.from) q = q.where('b.ends_at', '>', f.from);
  if (f.to) q = q.where('b.starts_at', '<', f.to);
  if (f.status) q = q.where('b.status', '=', f.status);
  if (f.bookerId) q = q.where('b.booker_id', '=', f.bookerId);
  return q.orderBy('b.starts_at').orderBy('b.id').limit(500).execute();
};

/** Live bookings of one room from a date on (the iCalendar feed). */
export const liveBookingsOfRoom = (db: Conn, roomId: string, from: string) =>
  db
    .selectFrom('room_bookings')
    .select(['id', 'starts_at', 'ends_at', 'status', 'updated_at'])
    .where('room_id', '=', roomId)
    .where('ends_at', '>', from)
    .where('status', 'in', ['pending', 'confirmed'])
    .orderBy('starts_at')
    .limit(1000)
    .execute();

export const insertBooking = (db: Conn, row: BookingTable) => db.insertInto('room_bookings').values(row).execute();
export async function lockBooking(db: Conn, id: string, forUpdate: boolean): Promise<BookingTable> {
  let q = db.selectFrom('room_bookings').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}
export const updateBooking = (db: Conn, id: string, patch: Partial<BookingTable>) =>
  db.updateTable('room_bookings').set(patch).where('id', '=', id).execute();

/**
 * Claims the slots for a booking. The (room_id, slot_start) primary key refuses a slot another live booking
 * holds, on both engines and however many requests race: the loser gets 409 SLOT_TAKEN and its
 * transaction (booking row included) rolls back.
 */
export async function claimSlots(db: Conn, roomId: string, bookingId: string, slots: string[]): Promise<void> {
  try {
    await db
      .insertInto('room_booking_slots')
      .values(slots.map((slot_start) => ({ room_id: roomId, slot_start, booking_id: bookingId })))
      .execute();
  } catch (error) {
    const translated = translateDbError(error);
    if (translated instanceof AppError && translated.code === 'DUPLICATE') throw new AppError('SLOT_TAKEN');
    throw error;
  }
}
export const releaseSlots = (db: Conn, bookingId: string) =>
  db.deleteFrom('room_booking_slots').where('booking_id', '=', bookingId).execute();

/** Bookable rooms in scope, with their premises and community. */
export const bookableRooms = async (db: Conn, scope: OrgScope) =>
  (
    await db
      .selectFrom('service_rooms as r')
      .innerJoin('service_premises as p', 'p.id', 'r.premises_id')
      .innerJoin('org_units as u', 'u.id', 'p.unit_id')
      .select([
        'r.id',
        'r.name',
        'r.kind',
        'r.capacity',
        'r.needs_approval',
        'p.name as premises_name',
        'p.unit_id',
        'u.name as unit_name',
      ])
      .where(pathInScope('u.path', scope))
      .where('r.bookable', '=', 1)
      .orderBy('u.path')
      .orderBy('r.name')
      .execute()
  ).map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    capacity: r.capacity,
    needsApproval: r.needs_approval === 1,
    premisesName: r.premises_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
  }));

/** Bookings waiting for approval within a to-do scope (bookings.todos.ts): the room, its premises and community. */
export function pendingForTodos(db: Conn, scope: TodoScope) {
  let q = withRoom(db)
    .select([
      'b.id',
      'b.starts_at',
      'r.name as room_name',
      'p.name as premises_name',
      'p.unit_id',
      'u.path as unit_path',
    ])
    .where('b.status', '=', 'pending');
  if (scope.subjectIds) q = q.where('b.id', 'in', ['', ...scope.subjectIds]);
  if (scope.subdistrictId) q = q.where('u.path', 'like', `/${scope.subdistrictId}/%`);
  return q.execute();
}
