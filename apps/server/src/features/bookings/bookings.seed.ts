import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import type { Clock } from '../../platform/clock.ts';
import { addDays, localInstant, today } from '../../platform/local-date.ts';
import { listPremises } from '../premises/premises.service.ts';
import { actOnBooking, createBooking } from './bookings.service.ts';

/** A local (Shanghai) hour `days` after today, as a half-hour-aligned instant. */
const ahead = (clock: Clock, days: number, localHour: number, hours = 2) => {
  const startsAt = localInstant(addDays(today(clock), days), `${String(localHour).padStart(2, '0')}:00`);
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + hours * 3_600_000).toISOString() };
};

/** Bookings of 秦江's rooms in the coming days: confirmed, pending approval, cancelled, and one by the staff. */
export async function seedBookings(deps: Deps, ctx: SeedContext): Promise<void> {
  const actor = ctx.system;
  const qinjiang = ctx.territory.communities.get('秦江社区') as string;
  const rooms = (await listPremises(deps, actor, { unitId: qinjiang })).flatMap((p) => p.rooms);
  const room = (name: string) => rooms.find((r) => r.name === name)?.id as string;
  const booker = (await ctx.actorOf('resident')) ?? actor;
  await createBooking(deps, booker, {
    roomId: room('舞蹈室'),
    ...ahead(deps.clock, 2, 19),
    purpose: '广场舞队排练',
    attendees: 20,
    bookerKind: 'team',
    bookerName: '秦江夕阳红舞蹈队',
  });
  await createBooking(deps, booker, {
    roomId: room('党员活动室'),
    ...ahead(deps.clock, 3, 9),
    purpose: '党支部主题党日',
    attendees: 25,
    bookerKind: 'branch',
    bookerName: '秦江社区第一党支部',
  });
  const cancelled = await createBooking(deps, booker, {
    roomId: room('多媒体室'),
    ...ahead(deps.clock, 4, 15),
    purpose: '居民观影',
    attendees: 30,
    bookerKind: 'resident',
  });
  await actOnBooking(deps, booker, cancelled.id, { action: 'cancel', note: '' });
  await createBooking(deps, actor, {
    roomId: room('多功能会议室'),
    ...ahead(deps.clock, 5, 14),
    purpose: '居民议事会',
    attendees: 40,
    bookerKind: 'staff',
    bookerName: '秦江社区居委会',
  });
}
