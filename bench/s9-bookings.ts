import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import type { DB } from '../apps/server/src/db-schema.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { createMemoryFileStore } from '../apps/server/src/platform/files/file-store.ts';
import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import { createBooking } from '../apps/server/src/features/bookings/bookings.service.ts';
import { seedDemo } from '../apps/server/src/seed/seed-demo.ts';
import { fmt, percentile } from './lib.ts';
import type { Deps } from '../apps/server/src/deps.ts';

const HALF_HOUR = 30 * 60_000;

/**
 * S9: room booking (service, validation, slot claim, audit) — p95 of creating a booking in a room that already
 * holds `existing` bookings, against the same in an empty room (same run); and 50 concurrent claims of one slot
 * (exactly one wins) against 50 bookings of distinct slots.
 */
export async function benchBookings(existing: number) {
  const dir = mkdtempSync(join(tmpdir(), 'jishi-s9-'));
  const config = loadConfig({ DATA_DIR: dir, JISHI_MODE: 'demo', JISHI_DATA_KEY: Buffer.alloc(32, 3).toString('base64') });
  const { db, engine } = openDatabase<DB>(config.databaseUrl);
  const deps: Deps = { db, engine, config, cipher: createFieldCipher(Buffer.alloc(32, 3)), files: createMemoryFileStore() };
  try {
    await migrateToLatest(db, engine);
    await seedDemo(deps);
    const actor = systemActor();
    const rooms = await db.selectFrom('service_rooms').select('id').where('bookable', '=', 1).where('needs_approval', '=', 0).limit(2).execute();
    const [empty, busy] = rooms.map((r) => r.id);
    const base = Math.ceil((Date.now() + 400 * 86_400_000) / HALF_HOUR) * HALF_HOUR; // far from the demo bookings
    const body = (roomId: string, slot: number) => ({ roomId, startsAt: new Date(base + slot * HALF_HOUR).toISOString(), endsAt: new Date(base + (slot + 1) * HALF_HOUR).toISOString(), purpose: 'bench', attendees: 1, bookerKind: 'staff' as const });
    for (let i = 0; i < existing; i++) await createBooking(deps, actor, body(busy, 1000 + i));
    const time = async (roomId: string, from: number) => {
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        await createBooking(deps, actor, body(roomId, from + i));
        times.push(performance.now() - t);
      }
      return percentile(times, 95);
    };
    const emptyP95 = await time(empty, 0);
    const busyP95 = await time(busy, 0);
    let t = performance.now();
    for (let i = 0; i < 50; i++) await createBooking(deps, actor, body(empty, 500 + i));
    const sequential = performance.now() - t;
    t = performance.now();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => createBooking(deps, actor, body(empty, 900))));
    const contended = performance.now() - t;
    const won = results.filter((r) => r.status === 'fulfilled').length;
    console.log(`S9 booking create p95: empty room ${fmt(emptyP95)} ms, room with ${existing} bookings ${fmt(busyP95)} ms → ${fmt(busyP95 / emptyP95)}×`);
    console.log(`S9 50 concurrent claims of one slot: ${fmt(contended)} ms, ${won} booking(s) made; 50 distinct slots sequentially: ${fmt(sequential)} ms → ${fmt(contended / sequential)}×`);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
