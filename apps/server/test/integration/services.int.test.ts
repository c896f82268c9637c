import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { AllocationView, AreaStatsView, BookingView, PremisesView, ProjectView, RequestView } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, clientForUser, makeUser, type Client } from '../sessions.ts';
import { installServices, providerAccount, slotAhead, type CommunityServices } from '../services-support.ts';

/** Premises and area, projects, funds, bookings, requests through their lifecycle, providers, receptions, brands and the public page. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('services', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let s: CommunityServices;
  let other: CommunityServices;
  let worker: Client;
  let admin: Client;
  let leader: Client;
  let resident: Client;
  let resident2: Client;
  const c0 = () => fx.subdistricts[0].communities[0];

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    s = await installServices(ctx.deps, c0().id);
    other = await installServices(ctx.deps, fx.subdistricts[0].communities[1].id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', fx.subdistricts[0].id);
    resident = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
    resident2 = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
  });

  const clientOf = (userId: string) => clientForUser(ctx.app, ctx.deps, userId);

  describe('premises, projects and area', () => {
    it('registers premises with rooms; bad input is refused with a clear message and nothing written', async () => {
      const before = await countRows(ctx.deps, 'service_premises');
      const bad = await worker.request(
        'POST',
        '/api/services/premises',
        {
          unitId: c0().id,
          name: '负面积',
          areaM2: -5,
          obtained: 'rebuilt',
          address: '某路',
          openingHours: '全天',
          inUseFrom: '2015-01-01',
        },
        { 'accept-language': 'en' },
      );
      expect(bad.statusCode).toBe(400);
      expect(readJson<{ code: string; issues: { path: string }[] }>(bad).issues.map((i) => i.path)).toContain(
        'body.areaM2',
      );
      const grid = await worker.post('/api/services/premises', {
        unitId: c0().grids[0].id,
        name: '网格',
        areaM2: 50,
        obtained: 'other',
        address: '某路',
        openingHours: '全天',
        inUseFrom: '2015-01-01',
      });
      expect(grid.statusCode).toBe(400);
      expect(await countRows(ctx.deps, 'service_premises')).toBe(before);
      const list = readJson<PremisesView[]>(await worker.get('/api/services/premises'));
      expect(list.map((p) => p.id)).toEqual([s.premisesId]);
      expect(list[0].rooms.map((r) => [r.kind, r.bookable, r.needsApproval])).toEqual([
        ['multimedia', true, false],
        ['dance', true, true],
        ['service_hall', false, false],
      ]);
    });

    it('a completed project adds its area from its completion date; illegal transitions are 409', async () => {
      const created = await worker.post('/api/services/projects', {
        premisesId: s.premisesId,
        name: '二楼扩建',
        adds: 'both',
        budgetFen: 120_000_00,
        fundSource: '社区建设专项经费',
        priorityProject: true,
        priorityFunds: true,
        priorityEquipment: false,
        plannedAreaM2: 300,
        equipment: '健身器材',
      });
      expect(created.statusCode, created.body).toBe(200);
      const p = readJson<ProjectView>(created);
      expect(
        (await worker.post(`/api/services/projects/${p.id}/actions`, { action: 'complete', on: '2015-06-30' }))
          .statusCode,
      ).toBe(409);
      expect(
        (await worker.post(`/api/services/projects/${p.id}/actions`, { action: 'start', on: '2015-03-01' })).statusCode,
      ).toBe(200);
      const done = readJson<ProjectView>(
        await worker.post(`/api/services/projects/${p.id}/actions`, {
          action: 'complete',
          on: '2015-06-30',
          areaAddedM2: 250,
        }),
      );
      expect([done.status, done.areaAddedM2, done.completedOn]).toEqual(['completed', 250, '2015-06-30']);
      expect(
        (await worker.post(`/api/services/projects/${p.id}/actions`, { action: 'cancel', on: '2015-07-01' }))
          .statusCode,
      ).toBe(409);

      const y2015 = readJson<AreaStatsView>(await admin.get('/api/services/area-stats?from=2015-01-01&to=2015-12-31'));
      const mine = y2015.communities.find((c) => c.unitId === c0().id);
      expect(mine).toMatchObject({ areaM2: 1050, addedM2: 250, meetsTarget: true, meetsNational: true });
      expect(y2015.communities.find((c) => c.unitId === other.communityId)).toMatchObject({
        areaM2: 800,
        addedM2: 0,
        meetsTarget: false,
      });
      expect([y2015.communityCount, y2015.communitiesMeetingTarget, y2015.targetSharePercent]).toEqual([2, 1, 50]);
      const y2014 = readJson<AreaStatsView>(await admin.get('/api/services/area-stats?from=2014-01-01&to=2014-12-31'));
      expect(y2014.communities.find((c) => c.unitId === c0().id)).toMatchObject({ areaM2: 800, addedM2: 800 });
      // The worker of community 0 sees only its own community.
      expect(
        readJson<AreaStatsView>(
          await worker.get('/api/services/area-stats?from=2015-01-01&to=2015-12-31'),
        ).communities.map((c) => c.unitId),
      ).toEqual([c0().id]);
    });
  });

  describe('funds', () => {
    it('never spends beyond an allocation without an explicit over-budget approval; totals per kind', async () => {
      const res = await admin.post('/api/funds/allocations', {
        recipientUnitId: c0().id,
        year: 2015,
        kind: 'community_construction',
        purpose: '阵地建设',
        amountFen: 100_000_00,
        allocatedOn: '2015-03-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      const a = readJson<AllocationView>(res);
      expect(
        (
          await admin.post(`/api/funds/allocations/${a.id}/expenditures`, {
            amountFen: 60_000_00,
            spentOn: '2015-04-01',
            purpose: '装修',
          })
        ).statusCode,
      ).toBe(200);
      const before = await countRows(ctx.deps, 'fund_expenditures');
      const over = await admin.post(`/api/funds/allocations/${a.id}/expenditures`, {
        amountFen: 50_000_00,
        spentOn: '2015-05-01',
        purpose: '设备',
      });
      expect([over.statusCode, readJson<{ code: string }>(over).code]).toEqual([409, 'OVER_BUDGET']);
      expect(await countRows(ctx.deps, 'fund_expenditures')).toBe(before);
      expect(
        (await admin.post(`/api/funds/allocations/${a.id}/approvals`, { extraFen: 10_000_00, reason: '设备涨价' }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await leader.post(`/api/funds/allocations/${a.id}/approvals`, {
            extraFen: 10_000_00,
            reason: '设备涨价，经班子会研究',
          })
        ).statusCode,
      ).toBe(200);
      const after = readJson<AllocationView>(
        await admin.post(`/api/funds/allocations/${a.id}/expenditures`, {
          amountFen: 50_000_00,
          spentOn: '2015-05-01',
          purpose: '设备',
        }),
      );
      expect([
        after.spentFen,
        after.approvedExtraFen,
        after.remainingFen,
        after.expenditures.at(-1)?.beyondAllocation,
      ]).toEqual([110_000_00, 10_000_00, 0, true]);
      expect(
        (
          await admin.post(`/api/funds/allocations/${a.id}/expenditures`, {
            amountFen: 1,
            spentOn: '2015-05-02',
            purpose: '超出',
          })
        ).statusCode,
      ).toBe(409);
      expect(
        (
          await admin.post('/api/funds/allocations', {
            recipientUnitId: c0().id,
            year: 2015,
            kind: 'party_building',
            purpose: '党建',
            amountFen: 12.5,
            allocatedOn: '2015-03-01',
          })
        ).statusCode,
      ).toBe(400);
      await admin.post('/api/funds/allocations', {
        recipientUnitId: c0().id,
        year: 2015,
        kind: 'party_building',
        purpose: '党建',
        amountFen: 9_000_00,
        allocatedOn: '2015-03-01',
      });
      const totals = readJson<{ byKind: { kind: string; allocatedFen: number; spentFen: number }[] }>(
        await admin.get('/api/funds/totals?year=2015'),
      );
      expect(totals.byKind.sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
        { kind: 'community_construction', allocatedFen: 100_000_00, spentFen: 110_000_00 },
        { kind: 'party_building', allocatedFen: 9_000_00, spentFen: 0 },
      ]);
      const overview = readJson<{ allocationId: string }[]>(await admin.get('/api/funds/over-budget'));
      expect(overview.map((o) => o.allocationId)).toEqual([a.id]);
    });
  });

  describe('bookings', () => {
    it('books a slot, refuses a second booking of any overlapping slot, releases it on cancel', async () => {
      const slot = slotAhead(3);
      const res = await resident.post('/api/bookings', {
        roomId: s.roomId,
        ...slot,
        purpose: '合唱排练',
        attendees: 20,
      });
      expect(res.statusCode, res.body).toBe(200);
      const b = readJson<BookingView>(res);
      expect(b.status).toBe('confirmed');
      const half = new Date(Date.parse(slot.startsAt) + 30 * 60_000).toISOString();
      const clash = await resident2.post('/api/bookings', {
        roomId: s.roomId,
        startsAt: half,
        endsAt: new Date(Date.parse(half) + 3_600_000).toISOString(),
        purpose: '下棋',
        attendees: 4,
      });
      expect([clash.statusCode, readJson<{ code: string }>(clash).code]).toEqual([409, 'SLOT_TAKEN']);
      // Others see the slot as busy, without name or purpose.
      const seen = readJson<BookingView[]>(await resident2.get(`/api/bookings?roomId=${s.roomId}`));
      expect(seen.find((x) => x.id === b.id)).toMatchObject({ bookerName: '', purpose: '', mine: false });
      expect((await resident2.post(`/api/bookings/${b.id}/actions`, { action: 'cancel' })).statusCode).toBe(404);
      expect(
        readJson<BookingView>(await resident.post(`/api/bookings/${b.id}/actions`, { action: 'cancel' })).status,
      ).toBe('cancelled');
      expect((await resident.post(`/api/bookings/${b.id}/actions`, { action: 'cancel' })).statusCode).toBe(409);
      expect(
        (
          await resident2.post('/api/bookings', {
            roomId: s.roomId,
            startsAt: half,
            endsAt: new Date(Date.parse(half) + 3_600_000).toISOString(),
            purpose: '下棋',
            attendees: 4,
          })
        ).statusCode,
      ).toBe(200);
    });

    it('refuses an end before the start, off-grid times, past slots, too many people and rooms that are not bookable; nothing written', async () => {
      const before = await countRows(ctx.deps, 'room_bookings');
      const slot = slotAhead(4);
      const cases = [
        { roomId: s.roomId, startsAt: slot.endsAt, endsAt: slot.startsAt, purpose: 'x', attendees: 1 },
        {
          roomId: s.roomId,
          startsAt: new Date(Date.parse(slot.startsAt) + 60_000).toISOString(),
          endsAt: slot.endsAt,
          purpose: 'x',
          attendees: 1,
        },
        { roomId: s.roomId, ...slotAhead(-2), purpose: 'x', attendees: 1 },
        { roomId: s.roomId, ...slot, purpose: 'x', attendees: 41 },
      ];
      for (const c of cases) {
        const res = await resident.request('POST', '/api/bookings', c, { 'accept-language': 'en' });
        expect(res.statusCode, JSON.stringify(c)).toBe(400);
        expect(readJson<{ issues: { message: string }[] }>(res).issues[0].message).toMatch(/[a-z]/);
      }
      const closed = await resident.post('/api/bookings', {
        roomId: s.closedRoomId,
        ...slot,
        purpose: 'x',
        attendees: 1,
      });
      expect([closed.statusCode, readJson<{ code: string }>(closed).code]).toEqual([409, 'ROOM_NOT_BOOKABLE']);
      expect(
        (await resident.post('/api/bookings', { roomId: other.roomId, ...slot, purpose: 'x', attendees: 1 }))
          .statusCode,
      ).toBe(404);
      expect(await countRows(ctx.deps, 'room_bookings')).toBe(before);
    });

    it('a room that needs approval waits for the community; residents cannot approve', async () => {
      const b = readJson<BookingView>(
        await resident.post('/api/bookings', {
          roomId: s.approvalRoomId,
          ...slotAhead(5),
          purpose: '广场舞',
          attendees: 15,
          bookerKind: 'team',
          bookerName: '夕阳红舞蹈队',
        }),
      );
      expect([b.status, b.bookerKind, b.bookerName]).toEqual(['pending', 'team', '夕阳红舞蹈队']);
      expect((await resident.post(`/api/bookings/${b.id}/actions`, { action: 'approve' })).statusCode).toBe(403);
      const pending = readJson<BookingView[]>(await worker.get('/api/services/bookings?status=pending'));
      expect(pending.map((x) => x.id)).toContain(b.id);
      expect(
        readJson<BookingView>(await worker.post(`/api/bookings/${b.id}/actions`, { action: 'approve', note: '同意' }))
          .status,
      ).toBe('confirmed');
      expect((await worker.post(`/api/bookings/${b.id}/actions`, { action: 'reject' })).statusCode).toBe(409);
    });

    it('50 parallel requests for the same room and slot make exactly one booking', async () => {
      const slot = slotAhead(10, 6);
      const clients = await Promise.all(
        Array.from({ length: 50 }, () => clientFor(ctx.app, ctx.deps, 'resident', c0().id)),
      );
      const results = await Promise.all(
        clients.map((c) => c.post('/api/bookings', { roomId: s.roomId, ...slot, purpose: '抢订', attendees: 2 })),
      );
      const codes = results.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 200)).toHaveLength(1);
      expect(codes.filter((c) => c === 409)).toHaveLength(49);
      const rows = await ctx.deps.db
        .selectFrom('room_bookings')
        .select('id')
        .where('room_id', '=', s.roomId)
        .where('starts_at', '=', slot.startsAt)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('publishes an iCalendar feed per room with busy time only', async () => {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/public/rooms/${s.roomId}/calendar.ics` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(res.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(res.body).toContain('PRODID:-//Jishi//Room bookings//ZH');
      expect(res.body).toContain('SUMMARY:已预约');
      expect(res.body).not.toContain('抢订');
      expect(
        (await ctx.app.inject({ method: 'GET', url: `/api/public/rooms/${s.closedRoomId}/calendar.ics` })).statusCode,
      ).toBe(404);
    });
  });

  describe('service requests', () => {
    it('resident submits with a photo, the community dispatches to a provider, the provider completes, the resident rates, staff close', async () => {
      const submitted = await resident.post('/api/portal/requests', {
        serviceId: s.providerServiceId,
        description: '老人行动不便，需要每日送餐',
        address: '甲一路A号院1号楼101',
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      const r = readJson<RequestView>(submitted);
      expect([r.status, r.channel, r.mine, r.deadline]).toEqual(['submitted', 'portal', true, 'ok']);
      const png = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#c00' } })
        .png()
        .toBuffer();
      const photo = await resident.request('POST', `/api/portal/requests/${r.id}/photos`, png, {
        'content-type': 'image/png',
      });
      expect(photo.statusCode, photo.body).toBe(200);
      const photoId = readJson<RequestView>(photo).photos[0].id;
      const bytes = await resident.get(`/api/portal/requests/${r.id}/photos/${photoId}`);
      expect([bytes.statusCode, bytes.headers['content-type']]).toEqual([200, 'image/png']);
      const photosBefore = await countRows(ctx.deps, 'service_request_photos');
      const oversized = await resident.request(
        'POST',
        `/api/portal/requests/${r.id}/photos`,
        Buffer.concat([png, Buffer.alloc(9 * 1024 * 1024)]),
        { 'content-type': 'image/png' },
      );
      expect([oversized.statusCode, readJson<{ code: string }>(oversized).code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      expect(await countRows(ctx.deps, 'service_request_photos')).toBe(photosBefore);
      const notImage = await resident.request(
        'POST',
        `/api/portal/requests/${r.id}/photos`,
        Buffer.from('not an image at all'),
        { 'content-type': 'image/png' },
      );
      expect(notImage.statusCode).toBeGreaterThanOrEqual(400);
      expect(notImage.statusCode).toBeLessThan(500);

      // Other residents and other providers see nothing of it.
      expect((await resident2.get(`/api/portal/requests/${r.id}`)).statusCode).toBe(404);
      expect(readJson<{ total: number }>(await resident2.get('/api/portal/requests')).total).toBe(0);
      const stranger = await clientOf((await providerAccount(ctx.deps, other)).id);
      const mine = await clientOf((await providerAccount(ctx.deps, s)).id);

      expect((await resident.post(`/api/portal/requests/${r.id}/actions`, { action: 'accept' })).statusCode).toBe(403);
      expect(
        (
          await worker.post(`/api/services/requests/${r.id}/actions`, {
            action: 'dispatch',
            assigneeKind: 'provider',
            assigneeId: s.providerId,
          })
        ).statusCode,
      ).toBe(409);
      expect((await worker.post(`/api/services/requests/${r.id}/actions`, { action: 'accept' })).statusCode).toBe(200);
      expect(
        (
          await worker.post(`/api/services/requests/${r.id}/actions`, {
            action: 'dispatch',
            assigneeKind: 'provider',
            assigneeId: other.providerId,
          })
        ).statusCode,
      ).toBe(400);
      const dispatched = readJson<RequestView>(
        await worker.post(`/api/services/requests/${r.id}/actions`, {
          action: 'dispatch',
          assigneeKind: 'provider',
          assigneeId: s.providerId,
        }),
      );
      expect([dispatched.status, dispatched.assigneeKind, dispatched.providerId]).toEqual([
        'dispatched',
        'provider',
        s.providerId,
      ]);

      expect(readJson<{ total: number }>(await stranger.get('/api/provider/orders')).total).toBe(0);
      expect((await stranger.get(`/api/provider/orders/${r.id}`)).statusCode).toBe(404);
      expect((await stranger.post(`/api/provider/orders/${r.id}/actions`, { action: 'start' })).statusCode).toBe(404);
      expect(
        readJson<{ items: { id: string }[] }>(await mine.get('/api/provider/orders')).items.map((i) => i.id),
      ).toEqual([r.id]);
      expect((await mine.post(`/api/provider/orders/${r.id}/actions`, { action: 'close' })).statusCode).toBe(403);
      expect(
        (await mine.post(`/api/provider/orders/${r.id}/actions`, { action: 'start', note: '已联系' })).statusCode,
      ).toBe(200);
      expect(
        readJson<RequestView>(
          await mine.post(`/api/provider/orders/${r.id}/actions`, { action: 'complete', note: '已送达' }),
        ).status,
      ).toBe('done');

      expect(
        (await resident2.post(`/api/portal/requests/${r.id}/actions`, { action: 'rate', rating: 1 })).statusCode,
      ).toBe(404);
      expect((await resident.post(`/api/portal/requests/${r.id}/actions`, { action: 'rate' })).statusCode).toBe(400);
      const rated = readJson<RequestView>(
        await resident.post(`/api/portal/requests/${r.id}/actions`, { action: 'rate', rating: 5, note: '很及时' }),
      );
      expect([rated.status, rated.rating, rated.deadline]).toEqual(['rated', 5, 'finished']);
      const closed = readJson<RequestView>(
        await worker.post(`/api/services/requests/${r.id}/actions`, { action: 'close' }),
      );
      expect(closed.status).toBe('closed');
      expect(closed.events.map((e) => e.action)).toEqual([
        'submit',
        'accept',
        'dispatch',
        'start',
        'complete',
        'rate',
        'close',
      ]);
      const audited = await ctx.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', r.id)
        .orderBy('seq')
        .execute();
      expect(audited.map((a) => a.action)).toEqual([
        'request.submit',
        'request.photo',
        'request.accept',
        'request.dispatch',
        'request.start',
        'request.complete',
        'request.rate',
        'request.close',
      ]);
    });

    it("a worker records a call on a resident's behalf with the contact sealed and masked; rejection needs a reason", async () => {
      const res = await worker.post('/api/services/requests', {
        serviceId: s.serviceId,
        description: '楼道灯坏了',
        address: '甲一路A号院',
        channel: 'phone',
        contactName: '王建国',
        contactPhone: '13912345678',
      });
      expect(res.statusCode, res.body).toBe(200);
      const r = readJson<RequestView>(res);
      expect([r.contactName, r.contactPhone]).toEqual(['王**', '139****5678']);
      const row = await ctx.deps.db
        .selectFrom('service_requests')
        .selectAll()
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain('13912345678');
      expect(JSON.stringify(row)).not.toContain('王建国');
      expect((await worker.post(`/api/services/requests/${r.id}/actions`, { action: 'reject' })).statusCode).toBe(400);
      const rejected = readJson<RequestView>(
        await worker.post(`/api/services/requests/${r.id}/actions`, { action: 'reject', note: '不属于本社区服务范围' }),
      );
      expect([rejected.status, rejected.rejectReason]).toEqual(['rejected', '不属于本社区服务范围']);
      expect((await worker.post(`/api/services/requests/${r.id}/actions`, { action: 'accept' })).statusCode).toBe(409);
    });

    it("an unknown service is a 400 and nothing is written; another community's request is 404 to this worker", async () => {
      const before = await countRows(ctx.deps, 'service_requests');
      const res = await resident.request(
        'POST',
        '/api/portal/requests',
        { serviceId: '0190f000-0000-7000-8000-000000000000', description: 'x', address: 'y' },
        { 'accept-language': 'en' },
      );
      expect(res.statusCode).toBe(400);
      expect(readJson<{ issues: { message: string }[] }>(res).issues[0].message).toBe(
        'Unknown or discontinued service',
      );
      expect(await countRows(ctx.deps, 'service_requests')).toBe(before);
      const otherWorker = await clientFor(ctx.app, ctx.deps, 'community_worker', other.communityId);
      const r = readJson<RequestView>(
        await resident.post('/api/portal/requests', {
          serviceId: s.serviceId,
          description: '水管漏水',
          address: '甲一路',
        }),
      );
      expect((await otherWorker.get(`/api/services/requests/${r.id}`)).statusCode).toBe(404);
      expect(
        readJson<{ items: { id: string }[] }>(await otherWorker.get('/api/services/requests')).items.map((i) => i.id),
      ).not.toContain(r.id);
    });

    it('records a Party-representative reception whose issue becomes one request', async () => {
      const rec = await worker.post('/api/services/receptions', {
        unitId: c0().id,
        heldOn: '2015-09-15',
        representatives: '区党代表（演示）',
        visitors: 12,
        issues: [
          { issue: '小区路灯不亮', followUp: '转社区办理' },
          { issue: '停车难', followUp: '' },
        ],
      });
      expect(rec.statusCode, rec.body).toBe(200);
      const v = readJson<{ id: string; issues: { id: string; requestId: string | null }[] }>(rec);
      const first = await worker.post(`/api/services/receptions/${v.id}/issues/${v.issues[0].id}/request`, {
        serviceId: s.serviceId,
        address: '甲一路A号院',
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(readJson<typeof v>(first).issues[0].requestId).toBeTruthy();
      expect(
        (
          await worker.post(`/api/services/receptions/${v.id}/issues/${v.issues[0].id}/request`, {
            serviceId: s.serviceId,
            address: '甲一路A号院',
          })
        ).statusCode,
      ).toBe(409);
    });
  });

  describe('providers, brands and the public page', () => {
    it('a provider has a free-space agreement for a room of its own community and its service list', async () => {
      expect(
        (
          await worker.post(`/api/services/providers/${s.providerId}/agreements`, {
            roomId: other.roomId,
            startsOn: '2015-01-01',
            endsOn: '2017-12-31',
            conditions: '无偿使用',
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await worker.post(`/api/services/providers/${s.providerId}/agreements`, {
            roomId: s.roomId,
            startsOn: '2015-01-01',
            endsOn: '2014-12-31',
            conditions: '无偿使用',
          })
        ).statusCode,
      ).toBe(400);
      const res = await worker.post(`/api/services/providers/${s.providerId}/agreements`, {
        roomId: s.approvalRoomId,
        startsOn: '2015-01-01',
        endsOn: '2017-12-31',
        conditions: '无偿使用，面向老人低偿服务',
      });
      expect(res.statusCode, res.body).toBe(200);
      const p = readJson<{
        agreements: { roomName: string }[];
        services: { code: string; priceFen: number }[];
        contactPhone: string;
      }>(res);
      expect(p.agreements.map((a) => a.roomName)).toEqual(['舞蹈室']);
      expect(p.services.map((x) => x.priceFen)).toEqual([800]);
      expect(p.contactPhone).toBe('138****8000');
    });

    it("brands and honours show on the community's public page, with premises and services and no personal data", async () => {
      expect(
        (
          await worker.post('/api/services/brands', {
            unitId: c0().id,
            name: '七色彩虹',
            story: '七种颜色七类服务',
            activities: ['红色党建', '橙色助老'],
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (
          await worker.post('/api/services/honours', {
            unitId: c0().id,
            title: '公益性社会组织示范点',
            kind: 'demonstration_site',
            holder: '晚晴山庄日间照料站',
            conferredBy: '郑州市民政局',
            conferredOn: '2015-11-01',
          })
        ).statusCode,
      ).toBe(200);
      const brandId = (
        await ctx.deps.db
          .selectFrom('community_brands')
          .select('id')
          .where('name', '=', '七色彩虹')
          .executeTakeFirstOrThrow()
      ).id;
      const png = await sharp({ create: { width: 12, height: 12, channels: 3, background: '#f80' } })
        .png()
        .toBuffer();
      expect(
        (await resident.request('POST', `/api/services/brands/${brandId}/photos`, png, { 'content-type': 'image/png' }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await worker.request('POST', `/api/services/brands/${brandId}/photos`, Buffer.from('%PDF-1.4'), {
            'content-type': 'image/png',
          })
        ).statusCode,
      ).toBe(415);
      const uploaded = await worker.request('POST', `/api/services/brands/${brandId}/photos`, png, {
        'content-type': 'image/png',
      });
      expect(uploaded.statusCode, uploaded.body).toBe(200);
      const page = await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${c0().id}` });
      expect(page.statusCode).toBe(200);
      const body = readJson<{
        grids: { id: string }[];
        brands: { name: string }[];
        honours: { holder: string }[];
        premises: { totalAreaM2: number }[];
        services: { code: string }[];
      }>(page);
      // The community's current grids (listed on the portal's community page), and no unit of another community.
      expect(body.grids.map((g) => g.id).sort()).toEqual(
        c0()
          .grids.map((g) => g.id)
          .sort(),
      );
      expect(body.brands.map((b) => b.name)).toEqual(['七色彩虹']);
      expect(body.honours.map((h) => h.holder)).toEqual(['晚晴山庄日间照料站']);
      const photoId = (body.brands[0] as unknown as { photoIds: string[] }).photoIds[0];
      const photo = await ctx.app.inject({ method: 'GET', url: `/api/public/brands/${brandId}/photos/${photoId}` });
      expect([photo.statusCode, photo.headers['content-type']]).toEqual([200, 'image/png']);
      expect(body.services.map((x) => x.code).sort()).toEqual(
        [s.serviceCode, `${s.serviceCode.split('-')[0]}-MEAL`].sort(),
      );
      expect(page.body).not.toContain('13800138000');
      expect(
        (await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${c0().grids[0].id}` })).statusCode,
      ).toBe(404);
    });
  });

  // Edits and account links come last: the entries they add must not show in the provider and public-page checks above.
  describe('catalogue entries', () => {
    interface Entry {
      id: string;
      code: string;
      name: string;
      description: string;
      providedBy: string;
      providerId: string | null;
      priceKind: string;
      priceFen: number;
      timeLimitHours: number;
      active: boolean;
    }
    const auditOf = (id: string) =>
      ctx.deps.db
        .selectFrom('audit_log')
        .select(['action', 'changes'])
        .where('subject_id', '=', id)
        .where('action', '=', 'service.update')
        .orderBy('seq')
        .execute();
    const fresh = async (code: string) => {
      const res = await worker.post('/api/services/catalog', {
        unitId: c0().id,
        code,
        name: '助浴',
        category: 'elderly',
        providedBy: 'community',
        providerName: '社区',
        priceKind: 'free',
        priceFen: 0,
        timeLimitHours: 24,
      });
      expect(res.statusCode, res.body).toBe(200);
      return readJson<Entry>(res);
    };

    it('are edited field by field: name, description, provider, price and time limit; audited', async () => {
      const e = await fresh('EDIT-BATH');
      const named = await worker.patch(`/api/services/catalog/${e.id}`, {
        name: '上门助浴',
        description: '每周二、四上门',
        timeLimitHours: 48,
      });
      expect(named.statusCode, named.body).toBe(200);
      expect(readJson<Entry>(named)).toMatchObject({
        id: e.id,
        code: 'EDIT-BATH',
        name: '上门助浴',
        description: '每周二、四上门',
        timeLimitHours: 48,
        priceKind: 'free',
        active: true,
      });
      const byProvider = await worker.patch(`/api/services/catalog/${e.id}`, {
        providedBy: 'provider',
        providerId: s.providerId,
        providerName: '家政公司',
        priceKind: 'low_cost',
        priceFen: 1500,
      });
      expect(byProvider.statusCode, byProvider.body).toBe(200);
      expect(readJson<Entry>(byProvider)).toMatchObject({
        providedBy: 'provider',
        providerId: s.providerId,
        priceKind: 'low_cost',
        priceFen: 1500,
        name: '上门助浴',
      });
      const list = readJson<Entry[]>(await worker.get(`/api/services/catalog?unitId=${c0().id}`));
      expect(list.find((x) => x.id === e.id)).toMatchObject({ name: '上门助浴', priceFen: 1500 });
      const audit = await auditOf(e.id);
      expect(audit).toHaveLength(2);
      expect(JSON.parse(String(audit[0].changes))).toEqual({
        fields: ['name', 'description', 'timeLimitHours'],
        code: 'EDIT-BATH',
      });
    });

    it('bad edits are a localised 400 (also when the rules break only with the stored fields), a code in use 409; nothing written', async () => {
      const e = await fresh('EDIT-HAIR');
      const sent = (body: Record<string, unknown>) =>
        worker.request('PATCH', `/api/services/catalog/${e.id}`, body, { 'accept-language': 'en' });
      const issues = async (body: Record<string, unknown>) => {
        const res = await sent(body);
        expect(res.statusCode, res.body).toBe(400);
        return readJson<{ code: string; issues: { path: string; message: string }[] }>(res).issues;
      };
      // A price on a free service (the stored price kind says free).
      expect(await issues({ priceFen: 500 })).toEqual([
        { path: 'body.priceFen', message: 'A free service costs 0; a low-cost one needs its price' },
      ]);
      // Delivered by a provider without naming one; a provider of another community.
      expect((await issues({ providedBy: 'provider' }))[0].path).toBe('body.providerId');
      const foreignProvider = { providedBy: 'provider', providerId: other.providerId, priceKind: 'free', priceFen: 0 };
      expect((await sent(foreignProvider)).statusCode).toBe(404); // out of the worker's scope
      const byAdmin = await admin.patch(`/api/services/catalog/${e.id}`, foreignProvider);
      expect(byAdmin.statusCode, byAdmin.body).toBe(400);
      expect(readJson<{ issues: { path: string }[] }>(byAdmin).issues[0].path).toBe('body.providerId');
      expect((await issues({ name: '', timeLimitHours: 0 })).map((i) => i.path).sort()).toEqual([
        'body.name',
        'body.timeLimitHours',
      ]);
      expect((await issues({ unitId: other.communityId }))[0].path).toBe('body');
      const dup = await sent({ code: s.serviceCode });
      expect(dup.statusCode, dup.body).toBe(409);
      // No edit recorded (the out-of-scope attempt is audited as a denial only).
      expect(await auditOf(e.id)).toEqual([]);
      expect(
        readJson<Entry[]>(await worker.get(`/api/services/catalog?unitId=${c0().id}`)).find((x) => x.id === e.id),
      ).toMatchObject({ code: 'EDIT-HAIR', name: '助浴', priceFen: 0 });
    });

    it("another community's entry is 404 to this worker and unchanged; residents may not edit", async () => {
      const res = await worker.patch(`/api/services/catalog/${other.serviceId}`, { name: '越权改名' });
      expect(res.statusCode).toBe(404);
      expect((await resident.patch(`/api/services/catalog/${s.serviceId}`, { name: '越权改名' })).statusCode).toBe(403);
      const theirs = readJson<Entry[]>(await admin.get(`/api/services/catalog?unitId=${other.communityId}`)).find(
        (x) => x.id === other.serviceId,
      );
      expect(theirs?.name).not.toBe('越权改名');
    });
  });

  describe('provider accounts', () => {
    interface Provider {
      accounts: { userId: string; username: string; displayName: string }[];
    }
    const candidates = async (providerId: string) =>
      readJson<{ items: { userId: string }[] }>(
        await worker.get(`/api/services/providers/${providerId}/account-candidates`),
      ).items.map((i) => i.userId);
    const accountAudit = (userId: string) =>
      ctx.deps.db
        .selectFrom('audit_log')
        .select(['action', 'subject_id', 'changes'])
        .where('action', 'like', 'provider.account%')
        .where('changes', 'like', `%${userId}%`)
        .orderBy('seq')
        .execute();

    it("a worker links a provider-role user of the community, who then handles that provider's orders only; unlinking ends it; both audited", async () => {
      const user = await makeUser(ctx.deps, 'provider', c0().id);
      expect(await candidates(s.providerId)).toContain(user.id);
      const linked = await worker.post(`/api/services/providers/${s.providerId}/accounts`, { userId: user.id });
      expect(linked.statusCode, linked.body).toBe(200);
      expect(readJson<Provider>(linked).accounts).toContainEqual({
        userId: user.id,
        username: user.username,
        displayName: expect.any(String),
      });
      expect(await candidates(s.providerId)).not.toContain(user.id);
      // One provider per account.
      expect(
        (await admin.post(`/api/services/providers/${other.providerId}/accounts`, { userId: user.id })).statusCode,
      ).toBe(409);

      const r = readJson<RequestView>(
        await resident.post('/api/portal/requests', {
          serviceId: s.serviceId,
          description: '换灯泡',
          address: '甲一路',
        }),
      );
      expect((await worker.post(`/api/services/requests/${r.id}/actions`, { action: 'accept' })).statusCode).toBe(200);
      expect(
        (
          await worker.post(`/api/services/requests/${r.id}/actions`, {
            action: 'dispatch',
            assigneeKind: 'provider',
            assigneeId: s.providerId,
          })
        ).statusCode,
      ).toBe(200);
      const account = await clientOf(user.id);
      expect(
        readJson<{ items: { id: string }[] }>(await account.get('/api/provider/orders?pageSize=200')).items.map(
          (i) => i.id,
        ),
      ).toContain(r.id);

      const unlinked = await worker.delete(`/api/services/providers/${s.providerId}/accounts/${user.id}`);
      expect(unlinked.statusCode, unlinked.body).toBe(200);
      expect(readJson<Provider>(unlinked).accounts.map((a) => a.userId)).not.toContain(user.id);
      expect(readJson<{ total: number }>(await account.get('/api/provider/orders')).total).toBe(0);
      expect((await account.get(`/api/provider/orders/${r.id}`)).statusCode).toBe(404);
      expect((await worker.delete(`/api/services/providers/${s.providerId}/accounts/${user.id}`)).statusCode).toBe(404);
      expect((await accountAudit(user.id)).map((a) => [a.action, a.subject_id])).toEqual([
        ['provider.account', s.providerId],
        ['provider.account.unlink', s.providerId],
      ]);
    });

    it('refuses a user of another role or a disabled one (localised 400) and a user outside the scope (404); nothing written', async () => {
      const before = await countRows(ctx.deps, 'provider_accounts');
      const volunteer = await makeUser(ctx.deps, 'volunteer', c0().id);
      const res = await worker.request(
        'POST',
        `/api/services/providers/${s.providerId}/accounts`,
        { userId: volunteer.id },
        { 'accept-language': 'en' },
      );
      expect(res.statusCode).toBe(400);
      expect(readJson<{ issues: { path: string; message: string }[] }>(res).issues).toEqual([
        { path: 'body.userId', message: 'Only an active account of the provider role can be linked' },
      ]);
      const disabled = await makeUser(ctx.deps, 'provider', c0().id);
      await ctx.deps.db.updateTable('users').set({ disabled: 1 }).where('id', '=', disabled.id).execute();
      expect(await candidates(s.providerId)).not.toContain(disabled.id);
      expect(
        (await worker.post(`/api/services/providers/${s.providerId}/accounts`, { userId: disabled.id })).statusCode,
      ).toBe(400);
      const elsewhere = await makeUser(ctx.deps, 'provider', other.communityId);
      expect(await candidates(s.providerId)).not.toContain(elsewhere.id);
      expect(
        (await worker.post(`/api/services/providers/${s.providerId}/accounts`, { userId: elsewhere.id })).statusCode,
      ).toBe(404);
      expect(
        (
          await worker.post(`/api/services/providers/${s.providerId}/accounts`, {
            userId: '0190f000-0000-7000-8000-000000000000',
          })
        ).statusCode,
      ).toBe(404);
      expect(await countRows(ctx.deps, 'provider_accounts')).toBe(before);
    });
  });
});
