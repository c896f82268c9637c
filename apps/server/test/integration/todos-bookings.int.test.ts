import { beforeAll, describe, expect, it } from 'vitest';
import type { BookingAction, BookingStatus, TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, type Client } from '../sessions.ts';
import { installServices, type CommunityServices } from '../services-support.ts';
import { storedAndRecounted, randomBelow } from '../todos-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { actOnBooking, createBooking } from '../../src/features/bookings/bookings.service.ts';
import { bookingTransition } from '../../src/features/bookings/bookings.workflow.ts';
import { bookingTodoKinds } from '../../src/features/bookings/bookings.todos.ts';

/**
 * The bookings' to-do items (bookings.todos.ts) through the to-do centre: a booking of a room that needs approval
 * waits at its community's service post until approved, rejected or cancelled; and — with the clock fixed — random
 * workflows after which the open items always equal a recount.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const HOUR = 3_600_000;
// A fixed clock near the real date (the booking schema's horizon is read against the real date).
const T0 = new Date(Math.floor(Date.now() / HOUR) * HOUR);
const slot = (hoursAhead: number, hours = 1) => ({
  startsAt: new Date(T0.getTime() + hoursAhead * HOUR).toISOString(),
  endsAt: new Date(T0.getTime() + (hoursAhead + hours) * HOUR).toISOString(),
});

describe('booking to-do items', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let s: CommunityServices;
  let worker: Client;
  let secretary: Client;
  let resident: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const items = async (c: Client) =>
    readJson<TodoListView>(await c.get('/api/todos'))
      .items.filter((i) => i.module === 'bookings')
      .map((i) => ({ kind: i.kind, ref: i.ref, params: i.params, urgency: i.urgency, dueAt: i.dueAt, link: i.link }));

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T0);
    fx = await buildFixture(ctx.deps);
    s = await installServices(ctx.deps, c0().id);
    await installServices(ctx.deps, fx.subdistricts[0].communities[1].id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    resident = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
  });

  it('waits for approval at the community that approves, names no booker, and approval closes it', async () => {
    const book = (c: Client, roomId: string, hoursAhead: number) =>
      c.post('/api/bookings', { roomId, ...slot(hoursAhead), purpose: '张大爷家庭聚会', attendees: 10 });
    const res = await book(resident, s.approvalRoomId, 48);
    expect(res.statusCode, res.body).toBe(200);
    const b = readJson<{ id: string; status: BookingStatus }>(res);
    expect(b.status).toBe('pending');
    // a room without approval opens nothing
    expect((await book(resident, s.roomId, 48)).statusCode).toBe(200);

    const item = {
      kind: 'bookings.to-approve',
      ref: '舞蹈室',
      params: { premises: '社区党群服务中心', startsAt: slot(48).startsAt },
      urgency: 'normal',
      dueAt: slot(48).startsAt,
      link: `/services?tab=bookings&booking=${b.id}`,
    };
    expect(await items(worker)).toEqual([item]);
    expect(await items(secretary)).toEqual([item]);
    const others = [
      resident,
      await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[1].id),
      await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[1].communities[0].id),
      await clientFor(ctx.app, ctx.deps, 'inspector', fx.subdistricts[0].id),
      await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id),
    ];
    for (const o of others) expect(await items(o)).toEqual([]);
    expect(JSON.stringify(await items(worker))).not.toMatch(/张大爷|聚会/);

    // yellow a day before it starts, overdue once it has started undecided
    ctx.deps.clock.set(new Date(T0.getTime() + 30 * HOUR));
    expect((await items(worker)).map((i) => i.urgency)).toEqual(['yellow']);
    ctx.deps.clock.set(new Date(T0.getTime() + 49 * HOUR));
    expect((await items(worker)).map((i) => i.urgency)).toEqual(['overdue']);
    ctx.deps.clock.set(T0);

    const approve = await worker.post(`/api/bookings/${b.id}/actions`, { action: 'approve' });
    expect(approve.statusCode, approve.body).toBe(200);
    expect(await items(worker)).toEqual([]);

    // rejection and the booker's cancellation close it too
    for (const action of ['reject', 'cancel'] as const) {
      const other = readJson<{ id: string }>(await book(resident, s.approvalRoomId, action === 'reject' ? 72 : 96));
      expect((await items(secretary)).length).toBe(1);
      const by = action === 'cancel' ? resident : secretary;
      expect((await by.post(`/api/bookings/${other.id}/actions`, { action, note: '时间冲突' })).statusCode).toBe(200);
      expect(await items(secretary)).toEqual([]);
    }
  });

  it('keeps the open items equal to a recount through random workflows (fixed clock)', async () => {
    const deps = ctx.deps;
    const sd = fx.subdistricts[1];
    const services: CommunityServices[] = [];
    const bookers: string[] = [];
    for (const c of sd.communities) {
      services.push(await installServices(deps, c.id));
      bookers.push((await makeUser(deps, 'resident', c.id)).id);
    }
    const rand = randomBelow(31);
    const sys = systemActor();
    const bookings: { id: string; status: BookingStatus; booker: string }[] = [];
    const steps: string[] = [];
    const seen = new Set<string>();
    let t = T0.getTime();
    let nextSlot = 24;
    const ACTIONS: BookingAction[] = ['approve', 'reject', 'cancel'];
    for (let step = 0; step < 60; step++) {
      const pick = rand(10);
      if (pick <= 3 || bookings.length === 0) {
        const i = rand(services.length);
        const svc = services[i] as CommunityServices;
        const booker = bookers[i] as string;
        const actor = { ...sys, userId: booker, role: 'resident' as const };
        nextSlot += 1 + rand(3);
        const v = await createBooking(deps, actor, {
          roomId: rand(3) === 0 ? svc.roomId : svc.approvalRoomId,
          ...slot(nextSlot),
          purpose: '活动',
          attendees: 5,
          bookerKind: 'resident',
        });
        bookings.push({ id: v.id, status: v.status, booker });
        steps.push('book');
      } else if (pick <= 8) {
        const live = bookings.filter((b) => ACTIONS.some((a) => bookingTransition(b.status, a)));
        const b = live[rand(Math.max(live.length, 1))];
        const legal = b ? ACTIONS.filter((a) => bookingTransition(b.status, a)) : [];
        const action = legal[rand(Math.max(legal.length, 1))];
        if (b && action) {
          const actor =
            action === 'cancel' && rand(2) === 0 ? { ...sys, userId: b.booker, role: 'resident' as const } : sys;
          b.status = (await actOnBooking(deps, actor, b.id, { action, note: '' })).status;
          steps.push(action);
        }
      } else {
        t += (1 + rand(12)) * HOUR;
        deps.clock.set(new Date(t));
        steps.push('time');
      }
      const { stored, recounted } = await storedAndRecounted(deps, new Date(t).toISOString(), {
        kinds: bookingTodoKinds,
        subdistrictId: sd.id,
      });
      expect(stored, `after steps ${steps.join(', ')}`).toEqual(recounted);
      for (const line of stored) seen.add(line.split(' ')[0] as string);
    }
    expect(new Set(steps).size, steps.join()).toBe(5);
    expect([...seen]).toEqual(['bookings.to-approve']);
    deps.clock.set(T0);
  });
});
