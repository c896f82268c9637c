import type { BookingActionInput, BookingInput, BookingStatus } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize, can } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { buildCalendar } from '../../platform/ics.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { findRoom, requireRoom } from '../premises/premises.service.ts';
import { bookingTransition, holdsSlots, initialStatus, slotsOf } from './bookings.workflow.ts';
import { toBookingView } from './bookings.view.ts';
import * as repo from './bookings.repo.ts';
import { localDateTime } from '../../platform/local-date.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { toApproveKind } from './bookings.todos.ts';

/** Room bookings (功能室预约): half-hour slots held in room_booking_slots, so no slot is ever booked twice (decision 0017). */
const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', field], message }] });

async function requireBooking(deps: Deps, actor: Actor, id: string): Promise<repo.BookingRow> {
  const b = await repo.findBooking(deps.db, id);
  assertInScope(actor, b?.unit_path);
  // Residents and providers reach only their own bookings; service staff reach all in scope.
  if (b && b.booker_id !== actor.userId && !can(actor, 'service:read'))
    throw new AppError('NOT_FOUND', { outOfScope: true });
  return b as repo.BookingRow;
}

export async function createBooking(deps: Deps, actor: Actor, input: BookingInput) {
  authorize(actor, 'booking:create');
  const now = deps.clock.now();
  const room = await requireRoom(deps.db, actor, input.roomId);
  if (room.bookable !== 1) throw new AppError('ROOM_NOT_BOOKABLE');
  const cut = slotsOf(input.startsAt, input.endsAt);
  if ('error' in cut) throw invalid('endsAt', cut.error === 'order' ? 'validation.timeOrder' : 'validation.slotGrid');
  if (Date.parse(input.startsAt) < now.getTime()) throw invalid('startsAt', 'validation.pastBooking');
  if (input.attendees > room.capacity) throw invalid('attendees', 'validation.capacity');
  const kind = actor.role === 'provider' ? 'provider' : input.bookerKind;
  const id = newId();
  const at = nowIsoOf(deps.clock);
  const status = initialStatus(room.needs_approval === 1);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertBooking(trx, {
      id,
      room_id: room.id,
      booker_id: actor.userId,
      booker_kind: kind,
      booker_name: input.bookerName ?? actor.displayName,
      purpose: input.purpose,
      attendees: input.attendees,
      starts_at: new Date(input.startsAt).toISOString(),
      ends_at: new Date(input.endsAt).toISOString(),
      status,
      decided_by: null,
      decision_note: null,
      created_at: at,
      updated_at: at,
    });
    await repo.claimSlots(trx, room.id, id, cut.slots);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'booking.create',
      subjectType: 'booking',
      subjectId: id,
      orgPath: room.unit_path,
      changes: { roomId: room.id, status, slots: cut.slots.length },
    });
    await syncTodos(trx, toApproveKind, { subjectIds: [id] }, at);
  });
  return getBooking(deps, actor, id);
}

export async function getBooking(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'booking:create');
  return toBookingView(await requireBooking(deps, actor, id), actor.userId, can(actor, 'service:read'));
}

/** The calendar of bookable rooms in scope: one's own bookings in full, others' as busy slots. */
export async function listBookings(
  deps: Deps,
  actor: Actor,
  query: { roomId?: string; from?: string; to?: string; status?: BookingStatus },
) {
  authorize(actor, 'booking:create');
  if (query.roomId) await requireRoom(deps.db, actor, query.roomId);
  const rows = await repo.listBookings(deps.db, actor.scope, { ...query, status: query.status });
  return rows
    .filter((b) => b.booker_id === actor.userId || holdsSlots(b.status))
    .map((b) => toBookingView(b, actor.userId, false));
}

/** The service centre's view: every booking in scope, with names, for approval. */
export async function listBookingsForStaff(
  deps: Deps,
  actor: Actor,
  query: { roomId?: string; from?: string; to?: string; status?: BookingStatus },
) {
  authorize(actor, 'service:read');
  if (query.roomId) await requireRoom(deps.db, actor, query.roomId);
  return (await repo.listBookings(deps.db, actor.scope, query)).map((b) => toBookingView(b, actor.userId, true));
}

/** approve / reject (service staff) or cancel (the booker or staff). Rejected and cancelled bookings release their slots. */
export async function actOnBooking(deps: Deps, actor: Actor, id: string, input: BookingActionInput) {
  authorize(actor, 'booking:create');
  const b = await requireBooking(deps, actor, id);
  const staff = can(actor, 'service:write');
  if (input.action !== 'cancel' && !staff) throw new AppError('FORBIDDEN');
  if (input.action === 'cancel' && b.booker_id !== actor.userId && !staff) throw new AppError('FORBIDDEN');
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockBooking(trx, id, deps.engine.forUpdate);
    const next = bookingTransition(current.status, input.action);
    if (!next) throw new AppError('CONFLICT');
    if (!holdsSlots(next)) await repo.releaseSlots(trx, id);
    const now = nowIsoOf(deps.clock);
    await repo.updateBooking(trx, id, {
      status: next,
      decided_by: input.action === 'cancel' ? current.decided_by : actor.userId,
      decision_note: input.note || current.decision_note,
      updated_at: now,
    });
    await syncTodos(trx, toApproveKind, { subjectIds: [id] }, now);
    await recordAudit(trx, deps, auditWho(actor), {
      action: `booking.${input.action}`,
      subjectType: 'booking',
      subjectId: id,
      orgPath: b.unit_path,
      changes: { from: current.status, to: next },
    });
  });
  return getBooking(deps, actor, id);
}

/** The public iCalendar feed of a room: live bookings from 30 days ago on, as busy time (no names). */
export async function roomCalendar(deps: Deps, roomId: string): Promise<string> {
  const now = deps.clock.now();
  const room = await findRoom(deps.db, roomId);
  if (room?.bookable !== 1) throw new AppError('NOT_FOUND');
  const since = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const rows = await repo.liveBookingsOfRoom(deps.db, roomId, since);
  const events = rows.map((b) => {
    const s = localDateTime(b.starts_at);
    const e = localDateTime(b.ends_at);
    const sameDay = s.slice(0, 10) === e.slice(0, 10) || e.slice(11, 16) === '00:00';
    return {
      uid: `${b.id}@jishi-bookings`,
      stamp: new Date(b.updated_at),
      summary: b.status === 'pending' ? '已预约（待审核）' : '已预约',
      location: `${room.premises_name} ${room.name}`,
      timed: {
        date: s.slice(0, 10),
        start: s.slice(11, 16),
        end: sameDay && e.slice(11, 16) !== '00:00' ? e.slice(11, 16) : '23:59',
      },
    };
  });
  return buildCalendar(`${room.unit_name}${room.name}预约日历`, events, 'Room bookings');
}

/** Bookable rooms in the actor's scope (for the booking page). */
export async function bookableRooms(deps: Deps, actor: Actor) {
  authorize(actor, 'booking:create');
  return repo.bookableRooms(deps.db, actor.scope);
}
