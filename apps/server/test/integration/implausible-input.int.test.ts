import { beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody, VALIDATION_MESSAGES } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { installServices, slotAhead, type CommunityServices } from '../services-support.ts';
import { installPartyLife, type PartyLifeObjects } from '../volunteers-support.ts';
import type { DB } from '../../src/db/schema.ts';

/**
 * Values no register should hold are refused with 400 and a message written for people, and
 * nothing changes: birth dates in year 1 or 9999 or tomorrow, bookings in year 9999, names that are
 * only zero-width characters or that carry bidirectional controls; and resident-visible text holding
 * a phone or ID number however it is spaced or written.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const HUMAN_MESSAGES = new Set(Object.values(VALIDATION_MESSAGES).map((m) => m.zh));
const WATCHED: (keyof DB)[] = [
  'residents',
  'party_members',
  'workers',
  'volunteers',
  'room_bookings',
  'decision_proposals',
  'audit_log',
];

const tomorrow = (): string => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

const BAD_NAMES: [string, string][] = [
  ['only zero-width spaces', '\u200b\u200b\u200b'],
  ['zero-width joiner and BOM', '\u200d\ufeff'],
  ['right-to-left override', '张\u202e三'],
  ['left-to-right embedding', '\u202a李四'],
  ['pop directional formatting', '王五\u202c'],
  ['first-strong isolate', '\u2068赵六\u2069'],
  ['right-to-left isolate', '\u2067孙七'],
];
const BAD_BIRTH_DATES = ['0001-01-01', '9999-12-31', '1899-12-31'];
const BAD_DATES = ['0001-01-01', '9999-12-31'];

describe('implausible input is refused with a clear message and changes nothing', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let secretary: Client;
  let services: CommunityServices;
  let partyLife: PartyLifeObjects;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    services = await installServices(ctx.deps, c0().id);
    partyLife = await installPartyLife(ctx.deps, fx);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
  });

  const c0 = () => fx.subdistricts[0].communities[0];
  const counts = () => Promise.all(WATCHED.map((t) => countRows(ctx.deps, t)));

  /** Sends the request; expects 400 VALIDATION with one human message from the catalogue, and no change. */
  async function refused(client: Client, method: string, url: string, payload: unknown, message?: string) {
    const before = await counts();
    const res = await client.request(method, url, payload);
    expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${res.body}`).toBe(400);
    const body = readJson<ErrorBody>(res);
    expect(body.code).toBe('VALIDATION');
    expect(body.issues?.length).toBeGreaterThan(0);
    for (const issue of body.issues ?? []) expect(HUMAN_MESSAGES.has(issue.message), issue.message).toBe(true);
    if (message) expect(body.issues?.map((i) => i.message)).toContain(message);
    expect(await counts()).toEqual(before);
  }

  const zh = (key: string): string => VALIDATION_MESSAGES[key]?.zh ?? key;
  const resident = () => c0().grids[0].residentIds[1];

  describe('residents', () => {
    it.each(BAD_BIRTH_DATES)('birth date %s → 400 on create and on update', async (birthDate) => {
      const expected = birthDate.startsWith('1899') ? zh('validation.dateRange') : undefined;
      await refused(
        secretary,
        'POST',
        '/api/residents',
        { name: '钱新', gridId: c0().grids[0].id, birthDate },
        expected,
      );
      await refused(secretary, 'PATCH', `/api/residents/${resident()}`, { birthDate });
      const row = await ctx.deps.db
        .selectFrom('residents')
        .select('birth_date')
        .where('id', '=', resident())
        .executeTakeFirstOrThrow();
      expect(row.birth_date).not.toBe(birthDate);
    });

    it('a birth date after today → 400 with the birth-date message', async () => {
      await refused(
        secretary,
        'POST',
        '/api/residents',
        { name: '钱新', gridId: c0().grids[0].id, birthDate: tomorrow() },
        zh('validation.birthDate'),
      );
    });

    it.each(BAD_NAMES)('a name with %s → 400 on create and on update', async (_label, name) => {
      await refused(secretary, 'POST', '/api/residents', { name, gridId: c0().grids[0].id });
      await refused(secretary, 'PATCH', `/api/residents/${resident()}`, { name });
    });

    it('zero-width characters inside an otherwise good name are removed, not stored', async () => {
      const res = await secretary.post('/api/residents', { name: '钱\u200b新\u200c月', gridId: c0().grids[0].id });
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson<{ name: string }>(res).name).toBe('钱新月');
    });
  });

  describe('party members and workers', () => {
    const member = () => ({
      name: '党员新',
      branchId: '',
      memberType: 'formal',
      status: 'in_service',
      joinDate: '2001-07-01',
    });
    let branchId = '';
    beforeAll(async () => {
      branchId = c0().branchId;
    });

    it.each(BAD_NAMES)('party member name with %s → 400', async (_label, name) => {
      await refused(secretary, 'POST', '/api/party-members', { ...member(), branchId, name });
      await refused(secretary, 'PATCH', `/api/party-members/${c0().memberId}`, { name });
    });
    it.each([...BAD_DATES, tomorrow()])('party joining date %s → 400', async (joinDate) => {
      await refused(secretary, 'POST', '/api/party-members', { ...member(), branchId, joinDate });
      await refused(secretary, 'PATCH', `/api/party-members/${c0().memberId}`, { joinDate });
    });

    const worker = () => ({ name: '工作者新', unitId: c0().id, post: '社区工作者', origin: 'graduate' });
    it.each(BAD_NAMES)('worker name with %s → 400', async (_label, name) => {
      await refused(secretary, 'POST', '/api/workers', { ...worker(), name });
      await refused(secretary, 'PATCH', `/api/workers/${c0().workerId}`, { name });
    });
    it.each([...BAD_DATES, tomorrow()])('worker joining date %s → 400', async (joinedOn) => {
      await refused(secretary, 'POST', '/api/workers', { ...worker(), joinedOn });
    });
  });

  describe('volunteers', () => {
    it.each(BAD_NAMES)('volunteer name with %s → 400', async (_label, name) => {
      await refused(secretary, 'POST', '/api/volunteer/volunteers', {
        teamId: partyLife.teamId,
        name,
        joinedOn: '2015-01-01',
      });
    });
    it.each([...BAD_DATES, tomorrow()])('volunteer joining date %s → 400', async (joinedOn) => {
      await refused(secretary, 'POST', '/api/volunteer/volunteers', {
        teamId: partyLife.teamId,
        name: '志愿者新',
        joinedOn,
      });
    });
  });

  describe('bookings', () => {
    let booker: Client;
    beforeAll(async () => {
      booker = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
    });
    const booking = (startsAt: string, endsAt: string) => ({
      roomId: services.roomId,
      startsAt,
      endsAt,
      purpose: '居民议事',
      attendees: 5,
    });

    it('a booking in year 9999 → 400 with the horizon message', async () => {
      await refused(
        booker,
        'POST',
        '/api/bookings',
        booking('9999-12-31T02:00:00.000Z', '9999-12-31T03:00:00.000Z'),
        zh('validation.bookingHorizon'),
      );
    });

    it('a booking three years ahead → 400; one a week ahead is accepted', async () => {
      const far = slotAhead(3 * 365);
      await refused(
        booker,
        'POST',
        '/api/bookings',
        booking(far.startsAt, far.endsAt),
        zh('validation.bookingHorizon'),
      );
      const near = slotAhead(7);
      const ok = await booker.post('/api/bookings', booking(near.startsAt, near.endsAt));
      expect(ok.statusCode, ok.body).toBe(200);
    });

    it.each(BAD_NAMES)('a booker name with %s → 400', async (_label, bookerName) => {
      const near = slotAhead(8);
      await refused(booker, 'POST', '/api/bookings', { ...booking(near.startsAt, near.endsAt), bookerName });
    });
  });

  describe('resident-visible text', () => {
    let resident: Client;
    beforeAll(async () => {
      resident = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
    });
    it.each([
      '请联系 138-0013-8000',
      '请联系 138 0013 8000',
      '请联系 １３８００１３８０００',
      '请联系 138\u200b0013\u200b8000',
      '身份证 410102 19800115 1234',
    ])('a proposal holding %s → 400 with the public-text message', async (content) => {
      await refused(
        resident,
        'POST',
        '/api/decisions/proposals',
        { unitId: c0().id, title: '建议增设路灯', content },
        zh('validation.publicText'),
      );
    });
  });
});
