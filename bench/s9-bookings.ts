import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import { createBooking } from '../apps/server/src/features/bookings/bookings.service.ts';
import { seedDemo } from '../apps/server/src/seed/seed-demo.ts';
import { fmt, p95, withScratchDeps } from './lib.ts';

const HALF_HOUR = 30 * 60_000;

/**
 * S9: room booking (service, validation, slot claim, audit) — p95 of creating a booking in a room that already
 * holds `existing` bookings, against the same in an empty room (same run); and 50 concurrent claims of one slot
 * (exactly one wins) against 50 bookings of distinct slots.
 */
export async function benchBookings(existing: number) {
  return withScratchDeps('s9', 3, async (deps) => {
    const { db } = deps;
    await seedDemo(deps);
    const actor = systemActor();
    const rooms = await db
      .selectFrom('service_rooms')
      .select('id')
      .where('bookable', '=', 1)
      .where('needs_approval', '=', 0)
      .limit(2)
      .execute();
    const [empty, busy] = rooms.map((r) => r.id);
    const base = Math.ceil((Date.now() + 400 * 86_400_000) / HALF_HOUR) * HALF_HOUR; // far from the demo bookings
    const body = (roomId: string, slot: number) => ({
      roomId,
      startsAt: new Date(base + slot * HALF_HOUR).toISOString(),
      endsAt: new Date(base + (slot + 1) * HALF_HOUR).toISOString(),
      purpose: 'bench',
      attendees: 1,
      bookerKind: 'staff' as const,
    });
    for (let i = 0; i < existing; i++) await createBooking(deps, actor, body(busy, 1000 + i));
    const time = (roomId: string, from: number) => {
      let slot = from;
      return p95(200, () => createBooking(deps, actor, body(roomId, slot++)));
    };
    const emptyP95 = await time(empty, 0);
    const busyP95 = await time(busy, 0);
    let t = performance.now();
    for (let i = 0; i < 50; i++) await createBooking(deps, actor, body(empty, 500 + i));
    const sequential = performance.now() - t;
    t = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => createBooking(deps, actor, body(empty, 900))),
    );
    const contended = performance.now() - t;
    const won = results.filter((r) => r.status === 'fulfilled').length;
    console.log(
      `S9 booking create p95: empty room ${fmt(emptyP95)} ms, room with ${existing} bookings ${fmt(busyP95)} ms → ${fmt(busyP95 / emptyP95)}×`,
    );
    console.log(
      `S9 50 concurrent claims of one slot: ${fmt(contended)} ms, ${won} booking(s) made; 50 distinct slots sequentially: ${fmt(sequential)} ms → ${fmt(contended / sequential)}×`,
    );
  });
}
