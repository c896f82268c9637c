import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseView, ComplianceView, GridDashboardView, ReportView } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { caseBody, jpegWithGps, key, png, today } from '../grid-support.ts';
import { XLSX_MIME } from '../../src/platform/xlsx.ts';

/** Posts, daily reports (zero, items, late, correction, lock, idempotency), compliance, cases (lifecycle, escalation, limits, sessions, photos), dashboards. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('grid governance', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let grid: Client;
  let gridOther: Client;
  let secretary: Client;
  let admin: Client;
  let leader: Client;
  const s0 = () => fx.subdistricts[0];
  const c0 = () => s0().communities[0];
  const g0 = () => c0().grids[0];
  const audits = (action: string) =>
    ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id', 'changes'])
      .where('action', '=', action)
      .execute();
  const act = async (client: Client, id: string, body: Record<string, unknown>) =>
    client.post(`/api/grid/cases/${id}/actions`, body);

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    grid = await clientFor(ctx.app, ctx.deps, 'grid_worker', g0().id);
    gridOther = await clientFor(ctx.app, ctx.deps, 'grid_worker', c0().grids[1].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0().id);
    leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', s0().id);
  });

  describe('posts', () => {
    it('a community assigns posts; one person may hold posts in several grids; a worker outside the grid cannot hold one', async () => {
      const res = await secretary.post('/api/grid/posts', { gridId: g0().id, userId: grid.userId, post: 'specialist' });
      expect(res.statusCode, res.body).toBe(200);
      expect(
        (await secretary.post('/api/grid/posts', { gridId: g0().id, userId: grid.userId, post: 'leader' })).statusCode,
      ).toBe(200);
      // The same post twice is a duplicate.
      expect(
        readJson<{ code: string }>(
          await secretary.post('/api/grid/posts', { gridId: g0().id, userId: grid.userId, post: 'specialist' }),
        ).code,
      ).toBe('DUPLICATE');
      // A grid worker of grid B cannot hold a post in grid A (their own scope would not cover it).
      const outside = await secretary.post('/api/grid/posts', {
        gridId: g0().id,
        userId: gridOther.userId,
        post: 'specialist',
      });
      expect(outside.statusCode).toBe(400);
      expect(
        (
          await secretary.post('/api/grid/posts', {
            gridId: c0().grids[1].id,
            userId: gridOther.userId,
            post: 'specialist',
          })
        ).statusCode,
      ).toBe(200);
      const list = readJson<{ items: { userId: string; post: string; gridId: string }[] }>(
        await secretary.get(`/api/grid/posts?unitId=${g0().id}`),
      );
      expect(
        list.items
          .filter((p) => p.userId === grid.userId)
          .map((p) => p.post)
          .sort(),
      ).toEqual(['leader', 'specialist']);
      expect((await audits('grid.post.assign')).length).toBe(3);
      // Posts of another community are out of the secretary's reach.
      expect(
        (
          await secretary.post('/api/grid/posts', {
            gridId: s0().communities[1].grids[0].id,
            userId: grid.userId,
            post: 'worker',
          })
        ).statusCode,
      ).toBe(404);
    });

    it('the staff a community may give posts to: grid and community workers of its own scope, nobody from another community or above', async () => {
      const elsewhere = await clientFor(ctx.app, ctx.deps, 'grid_worker', s0().communities[1].grids[0].id);
      const staff = readJson<{ items: { id: string; role: string }[] }>(await secretary.get('/api/grid/staff'));
      const ids = staff.items.map((s) => s.id);
      expect(ids).toEqual(expect.arrayContaining([grid.userId, gridOther.userId, secretary.userId]));
      expect(ids).not.toContain(elsewhere.userId);
      expect(ids).not.toContain(admin.userId);
      expect(
        staff.items.every((s) => ['grid_worker', 'community_worker', 'community_secretary'].includes(s.role)),
      ).toBe(true);
      // The subdistrict sees the other community's worker too.
      expect(
        readJson<{ items: { id: string }[] }>(await admin.get('/api/grid/staff')).items.map((s) => s.id),
      ).toContain(elsewhere.userId);
    });
  });

  describe('daily screening reports', () => {
    let zeroReport: ReportView;
    it('a specialist files a zero report in one tap; the roll-up counts it at grid, community and subdistrict', async () => {
      const k = key();
      const res = await grid.post('/api/grid/reports', { gridId: g0().id, zero: true, idempotencyKey: k });
      expect(res.statusCode, res.body).toBe(200);
      zeroReport = readJson<ReportView>(res);
      expect(zeroReport).toMatchObject({ zero: true, date: today(), locked: false, items: [] });
      const rollups = await ctx.deps.db
        .selectFrom('grid_report_rollups')
        .selectAll()
        .where('report_date', '=', today())
        .execute();
      expect(rollups.map((r) => [r.unit_id, r.reports, r.zero_reports]).sort()).toEqual(
        [
          [g0().id, 1, 1],
          [c0().id, 1, 1],
          [s0().id, 1, 1],
        ].sort(),
      );
      // The same key again (an offline outbox resending) answers the same report and writes nothing.
      const before = await countRows(ctx.deps, 'audit_log');
      const again = await grid.post('/api/grid/reports', { gridId: g0().id, zero: true, idempotencyKey: k });
      expect([again.statusCode, readJson<ReportView>(again).id]).toEqual([200, zeroReport.id]);
      expect(await countRows(ctx.deps, 'audit_log')).toBe(before);
      // A second report for the same grid, person and day with a new key is refused: never a duplicate.
      const dup = await grid.post('/api/grid/reports', { gridId: g0().id, zero: true, idempotencyKey: key() });
      expect([dup.statusCode, readJson<{ code: string }>(dup).code]).toEqual([409, 'DUPLICATE']);
      expect(await countRows(ctx.deps, 'daily_reports')).toBe(1);
    });

    it('refuses bad reports: items on a zero report, none on an item report, a future day, no post in the grid', async () => {
      const bad1 = await grid.post('/api/grid/reports', {
        gridId: g0().id,
        zero: true,
        items: [{ kind: 'risk', description: 'x' }],
        idempotencyKey: key(),
      });
      expect(bad1.statusCode).toBe(400);
      expect(
        (await grid.post('/api/grid/reports', { gridId: g0().id, zero: false, items: [], idempotencyKey: key() }))
          .statusCode,
      ).toBe(400);
      const future = await grid.post('/api/grid/reports', {
        gridId: g0().id,
        date: '2999-01-01',
        zero: true,
        idempotencyKey: key(),
      });
      expect(future.statusCode).toBe(400);
      const worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
      const noPost = await worker.post('/api/grid/reports', { gridId: g0().id, zero: true, idempotencyKey: key() });
      expect([noPost.statusCode, readJson<{ code: string }>(noPost).code]).toEqual([409, 'NO_POST']);
      // Another grid is not there for this grid worker.
      expect(
        (await grid.post('/api/grid/reports', { gridId: c0().grids[1].id, zero: true, idempotencyKey: key() }))
          .statusCode,
      ).toBe(404);
      expect(await countRows(ctx.deps, 'daily_reports')).toBe(1);
    });

    it("a report for an earlier day is late (never back-dated) and locked; today's is corrected the same day", async () => {
      const late = readJson<ReportView>(
        await grid.post('/api/grid/reports', {
          gridId: g0().id,
          date: '2026-01-05',
          zero: false,
          items: [{ kind: 'visit', description: '走访独居老人' }],
          idempotencyKey: key(),
        }),
      );
      expect(late).toMatchObject({ date: '2026-01-05', late: true, locked: true });
      expect(late.submittedAt.slice(0, 10)).not.toBe('2026-01-05');
      const locked = await grid.request('PUT', `/api/grid/reports/${late.id}`, { zero: true });
      expect([locked.statusCode, readJson<{ code: string }>(locked).code]).toEqual([409, 'REPORT_LOCKED']);
      const fixed = await grid.request('PUT', `/api/grid/reports/${zeroReport.id}`, {
        zero: false,
        items: [{ kind: 'dispute', description: '两户因停车位争执', category: 'neighbours', risk: 'medium' }],
        note: '补充',
      });
      expect(fixed.statusCode, fixed.body).toBe(200);
      expect(readJson<ReportView>(fixed)).toMatchObject({ zero: false, items: [{ kind: 'dispute' }] });
      const roll = await ctx.deps.db
        .selectFrom('grid_report_rollups')
        .selectAll()
        .where('unit_id', '=', c0().id)
        .where('report_date', '=', today())
        .executeTakeFirstOrThrow();
      expect([roll.reports, roll.zero_reports, roll.items]).toEqual([1, 0, 1]);
      // Only the reporter corrects.
      const other = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
      expect((await other.request('PUT', `/api/grid/reports/${zeroReport.id}`, { zero: true })).statusCode).toBe(403);
      expect((await audits('grid.report.correct')).length).toBe(1);
    });

    it('compliance: after the cut-off the specialist who has not reported is listed, and it rolls up grid → community → subdistrict', async () => {
      await ctx.deps.db
        .insertInto('grid_settings')
        .values({
          subdistrict_id: s0().id,
          cutoff: '00:00',
          time_limits: JSON.stringify({
            levels: {
              grid: { accept: 24, handle: 168, verify: 168 },
              community: { accept: 48, handle: 360, verify: 360 },
              subdistrict: { accept: 72, handle: 720, verify: 720 },
            },
            categories: {},
          }),
          updated_by: 'test',
          updated_at: new Date().toISOString(),
        })
        .execute();
      const c = readJson<ComplianceView>(await secretary.get('/api/grid/compliance'));
      expect(c.afterCutoff).toBe(true);
      expect(c.missing.map((m) => m.userId)).toEqual([gridOther.userId]);
      const row = (id: string) => c.units.find((u) => u.unitId === id);
      expect(row(g0().id)).toMatchObject({ expected: 1, reported: 1, missing: 0 });
      expect(row(c0().grids[1].id)).toMatchObject({ expected: 1, reported: 0, missing: 1 });
      expect(row(c0().id)).toMatchObject({ expected: 2, reported: 1, missing: 1 });
      const sub = readJson<ComplianceView>(await admin.get('/api/grid/compliance'));
      expect(sub.units.find((u) => u.unitId === s0().id)).toMatchObject({ expected: 2, reported: 1, missing: 1 });
      // The grid worker sees their own grid only.
      const own = readJson<ComplianceView>(await grid.get('/api/grid/compliance'));
      expect(own.units.map((u) => u.unitId)).toEqual([g0().id]);
      const day = readJson<{ posts: { gridId: string; report: ReportView | null }[]; afterCutoff: boolean }>(
        await grid.get('/api/grid/my-day'),
      );
      expect(day.posts.map((p) => [p.gridId, p.report?.id])).toEqual([
        [g0().id, zeroReport.id],
        [g0().id, zeroReport.id],
      ]);
    });
  });

  describe('dispute cases', () => {
    let caseId: string;
    it('a case is registered from a report item, with residents and free-text parties; the same key registers it once', async () => {
      const [report] = readJson<{ items: ReportView[] }>(await grid.get(`/api/grid/reports?date=${today()}`)).items;
      const item = report.items[0];
      const body = caseBody(g0().id, {
        source: 'screening',
        reportItemId: item.id,
        parties: [
          { residentId: g0().residentIds[0], role: '申请人' },
          { name: '外来租户', role: '被申请人' },
        ],
      });
      const res = await grid.post('/api/grid/cases', body);
      expect(res.statusCode, res.body).toBe(200);
      const view = readJson<CaseView>(res);
      caseId = view.id;
      expect(view).toMatchObject({
        status: 'registered',
        level: 'grid',
        reportItemId: item.id,
        timer: { stage: 'accept', warning: 'none' },
      });
      expect(view.parties.map((p) => p.residentId)).toEqual([g0().residentIds[0], null]);
      expect(view.abilities.actions).toEqual(['accept', 'escalate']);
      expect(readJson<CaseView>(await grid.post('/api/grid/cases', body)).id).toBe(caseId);
      expect(await countRows(ctx.deps, 'dispute_cases')).toBe(1);
      const linked = readJson<ReportView>(await grid.get(`/api/grid/reports/${report.id}`));
      expect(linked.items[0].caseId).toBe(caseId);
      // The item is taken: a second case from it is refused; the report can no longer be rewritten.
      expect((await grid.post('/api/grid/cases', { ...body, idempotencyKey: key() })).statusCode).toBe(409);
      expect(
        readJson<{ code: string }>(await grid.request('PUT', `/api/grid/reports/${report.id}`, { zero: true })).code,
      ).toBe('REPORT_LOCKED');
    });

    it('runs accepted → assigned → mediating with sessions → resolved → closed after the follow-up visit; illegal moves are 409', async () => {
      expect(readJson<{ code: string }>(await act(grid, caseId, { action: 'resolve' })).code).toBe('CASE_TRANSITION');
      expect((await act(grid, caseId, { action: 'accept' })).statusCode).toBe(200);
      expect(
        (
          await grid.post(`/api/grid/cases/${caseId}/sessions`, {
            heldOn: today(),
            mediators: ['网格长'],
            outcome: 'agreement',
            notes: '',
          })
        ).statusCode,
      ).toBe(409);
      expect((await act(grid, caseId, { action: 'assign', assigneeId: gridOther.userId })).statusCode).toBe(400);
      expect((await act(grid, caseId, { action: 'assign', assigneeId: grid.userId })).statusCode).toBe(200);
      expect((await act(grid, caseId, { action: 'mediate' })).statusCode).toBe(200);
      const s = await grid.post(`/api/grid/cases/${caseId}/sessions`, {
        heldOn: today(),
        mediators: ['网格长', '人民调解员'],
        outcome: 'partial',
        notes: '初步达成意向',
      });
      expect(s.statusCode, s.body).toBe(200);
      expect(
        (
          await grid.post(`/api/grid/cases/${caseId}/sessions`, {
            heldOn: '2999-01-01',
            mediators: ['x'],
            outcome: 'agreement',
          })
        ).statusCode,
      ).toBe(400);
      await grid.post(`/api/grid/cases/${caseId}/sessions`, {
        heldOn: today(),
        mediators: ['网格长'],
        outcome: 'agreement',
        notes: '签订调解协议',
      });
      expect((await act(grid, caseId, { action: 'resolve', agreement: '上户承担维修费用' })).statusCode).toBe(200);
      const closed = readJson<CaseView>(
        await act(grid, caseId, { action: 'follow_up', note: '回访：已修复，双方满意' }),
      );
      expect(closed).toMatchObject({ status: 'closed', resolvedLevel: 'grid', timer: { stage: null } });
      expect(closed.sessions).toHaveLength(2);
      expect(closed.events.map((e) => e.action)).toEqual([
        'register',
        'accept',
        'assign',
        'mediate',
        'resolve',
        'follow_up',
      ]);
      expect((await act(grid, caseId, { action: 'escalate' })).statusCode).toBe(409);
      expect((await audits('grid.case.follow_up')).map((a) => a.subject_id)).toEqual([caseId]);
    });

    it('a grid worker cannot see or change a case of another grid (404)', async () => {
      expect((await gridOther.get(`/api/grid/cases/${caseId}`)).statusCode).toBe(404);
      expect((await act(gridOther, caseId, { action: 'accept' })).statusCode).toBe(404);
      expect(readJson<{ total: number }>(await gridOther.get('/api/grid/cases')).total).toBe(0);
    });

    it('escalation: manual by the grid, accepted by the community; the grid then only reads; high risk goes up at once', async () => {
      const c = readJson<CaseView>(await grid.post('/api/grid/cases', caseBody(g0().id, { category: 'property' })));
      const up = readJson<CaseView>(
        await act(grid, c.id, { action: 'escalate', reason: '涉及物业公司，网格无法协调' }),
      );
      expect(up).toMatchObject({ status: 'escalated', level: 'community' });
      expect(up.abilities.actions).toEqual([]);
      expect(readJson<{ code: string }>(await act(grid, c.id, { action: 'accept' })).code).toBe('CASE_TRANSITION');
      const accepted = readJson<CaseView>(await act(secretary, c.id, { action: 'accept' }));
      expect(accepted).toMatchObject({ status: 'accepted', level: 'community', timer: { stage: 'handle' } });
      const high = readJson<CaseView>(
        await grid.post('/api/grid/cases', caseBody(g0().id, { category: 'demolition', risk: 'high' })),
      );
      expect(high).toMatchObject({ status: 'escalated', level: 'community' });
      expect(high.events.at(-1)).toMatchObject({ action: 'escalate', note: 'auto:high_risk' });
    });

    it('time limits: yellow and red warnings in lists; overdue cases escalate automatically, audited', async () => {
      const c = readJson<CaseView>(await grid.post('/api/grid/cases', caseBody(g0().id, { category: 'family' })));
      const y = readJson<CaseView>(await grid.post('/api/grid/cases', caseBody(g0().id, { category: 'labour' })));
      const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
      await ctx.deps.db
        .updateTable('dispute_cases')
        .set({ stage_started_at: hoursAgo(30) })
        .where('id', '=', c.id)
        .execute();
      await ctx.deps.db
        .updateTable('dispute_cases')
        .set({ stage_started_at: hoursAgo(20) })
        .where('id', '=', y.id)
        .execute();
      const red = readJson<{ items: { id: string }[] }>(await secretary.get('/api/grid/cases?warning=red'));
      expect(red.items.map((i) => i.id)).toEqual([c.id]);
      expect(
        readJson<{ items: { id: string }[] }>(await secretary.get('/api/grid/cases?warning=yellow')).items.map(
          (i) => i.id,
        ),
      ).toEqual([y.id]);
      const dash = readJson<GridDashboardView>(await admin.get('/api/grid/dashboard'));
      expect([dash.overdue, dash.yellow]).toEqual([1, 1]);
      const sweep = readJson<{ escalated: number }>(await secretary.post('/api/grid/escalate-overdue', {}));
      expect(sweep.escalated).toBe(1);
      expect(readJson<CaseView>(await secretary.get(`/api/grid/cases/${c.id}`))).toMatchObject({
        status: 'escalated',
        level: 'community',
        timer: { warning: 'none' },
      });
      expect(
        (await audits('grid.case.escalate')).some(
          (a) => a.subject_id === c.id && String(a.changes).includes('overdue'),
        ),
      ).toBe(true);
    });

    it('a failed mediation at the subdistrict closes after a follow-up; below it the case must go up', async () => {
      const c = readJson<CaseView>(await grid.post('/api/grid/cases', caseBody(g0().id, { category: 'land' })));
      for (const [client, body] of [
        [grid, { action: 'accept' }],
        [grid, { action: 'assign', assigneeId: grid.userId }],
        [grid, { action: 'mediate' }],
        [grid, { action: 'fail', note: '调解不成' }],
      ] as const) {
        expect((await act(client, c.id, body)).statusCode).toBe(200);
      }
      expect((await act(grid, c.id, { action: 'follow_up' })).statusCode).toBe(409);
      await act(grid, c.id, { action: 'escalate' });
      await act(secretary, c.id, { action: 'accept' });
      await act(secretary, c.id, { action: 'assign', assigneeId: secretary.userId });
      await act(secretary, c.id, { action: 'mediate' });
      await act(secretary, c.id, { action: 'fail' });
      expect((await act(secretary, c.id, { action: 'escalate' })).statusCode).toBe(200);
      expect((await act(secretary, c.id, { action: 'accept' })).statusCode).toBe(409);
      for (const a of ['accept', 'mediate', 'fail', 'follow_up']) {
        if (a === 'mediate') await act(admin, c.id, { action: 'assign', assigneeId: secretary.userId });
        expect((await act(admin, c.id, { action: a })).statusCode, a).toBe(200);
      }
      expect(readJson<CaseView>(await admin.get(`/api/grid/cases/${c.id}`)).status).toBe('closed');
    });

    it('photos: type by content, EXIF stripped; the GPS position becomes the case location only when asked; the same key stores once', async () => {
      const c = readJson<CaseView>(await grid.post('/api/grid/cases', caseBody(g0().id)));
      const upload = (body: Buffer, query: string, type = 'image/jpeg') =>
        ctx.app.inject({
          method: 'POST',
          url: `/api/grid/cases/${c.id}/photos?${query}`,
          payload: body,
          headers: { cookie: grid.cookie, 'x-csrf-token': grid.csrf, 'content-type': type },
        });
      const k = key();
      const kept = await upload(await jpegWithGps(), `key=${k}&useLocation=true`);
      expect(kept.statusCode, kept.body).toBe(200);
      expect(readJson<{ location: unknown }>(kept).location).toEqual({ lat: 34.75, lng: 113.65 });
      expect((await upload(await jpegWithGps(), `key=${k}&useLocation=true`)).statusCode).toBe(200);
      const plain = readJson<{ id: string; location: unknown }>(await upload(await jpegWithGps(), `key=${key()}`));
      expect(plain.location).toBeNull();
      const view = readJson<CaseView>(await grid.get(`/api/grid/cases/${c.id}`));
      expect(view.photos).toHaveLength(2);
      expect(view.location).toEqual({ lat: 34.75, lng: 113.65 });
      const bytes = await grid.get(`/api/grid/cases/${c.id}/photos/${plain.id}`);
      expect(bytes.headers['content-type']).toBe('image/jpeg');
      expect(bytes.rawPayload.includes(Buffer.from('Exif'))).toBe(false);
      // A text file claiming to be a PNG is refused by content.
      expect(
        (await upload(Buffer.from('not an image at all, just text'), `key=${key()}`, 'image/png')).statusCode,
      ).toBe(415);
      expect((await gridOther.get(`/api/grid/cases/${c.id}/photos/${plain.id}`)).statusCode).toBe(404);
      expect((await upload(await png(), 'key=not-a-uuid', 'image/png')).statusCode).toBe(400);
    });
  });

  describe('dashboards', () => {
    it('shows compliance, disputes by category/level/status, grid-level share and mediation success; exports .xlsx; the daily roll-up text', async () => {
      const d = readJson<GridDashboardView>(await leader.get(`/api/grid/dashboard?from=${today()}&to=${today()}`));
      expect(d.compliance.find((u) => u.unitId === c0().id)).toMatchObject({ expected: 2, reported: 1 });
      // Whether today's report counts as late depends on the hour the suite runs (after the cut-off it is).
      const todays = readJson<{ items: ReportView[] }>(await grid.get(`/api/grid/reports?date=${today()}`)).items;
      const late = todays.filter((r) => r.late).length;
      expect(d.byDay).toEqual([{ date: today(), expected: 2, reported: 1, late }]);
      expect(d.cases).toBe(await countRows(ctx.deps, 'dispute_cases'));
      expect(d.byCategory.find((x) => x.key === 'land')?.count).toBe(1);
      expect(d.gridResolvedShare).toBe(1);
      expect(d.mediationSuccessRate).toBe(0.5);
      expect((await leader.get('/api/grid/dashboard?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
      const x = await leader.get('/api/grid/dashboard.xlsx');
      expect([x.statusCode, x.headers['content-type']]).toEqual([200, XLSX_MIME]);
      expect((await audits('grid.dashboard.export')).length).toBe(1);
      const r = readJson<{ text: string; expected: number; missing: number }>(
        await leader.get('/api/grid/daily-rollup'),
      );
      expect(r.text).toContain('矛盾纠纷排查日报');
      expect([r.expected, r.missing]).toEqual([2, 1]);
      expect(r.text).toContain('甲一社区：应报2，已报1，未报1');
    });

    it('settings: the subdistrict sets its cut-off and time limits (audited); bad values are 400', async () => {
      const limits = {
        levels: {
          grid: { accept: 12, handle: 120, verify: 120 },
          community: { accept: 48, handle: 360, verify: 360 },
          subdistrict: { accept: 72, handle: 720, verify: 720 },
        },
        categories: { land: { grid: { handle: 240 } } },
      };
      const ok = await admin.request('PUT', '/api/grid/settings', {
        subdistrictId: s0().id,
        cutoff: '18:30',
        timeLimits: limits,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(readJson<{ cutoff: string }>(await grid.get('/api/grid/settings')).cutoff).toBe('18:30');
      expect(
        (
          await admin.request('PUT', '/api/grid/settings', {
            subdistrictId: s0().id,
            cutoff: '25:00',
            timeLimits: limits,
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await admin.request('PUT', '/api/grid/settings', {
            subdistrictId: c0().id,
            cutoff: '17:00',
            timeLimits: limits,
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await admin.request('PUT', '/api/grid/settings', {
            subdistrictId: fx.subdistricts[1].id,
            cutoff: '17:00',
            timeLimits: limits,
          })
        ).statusCode,
      ).toBe(404);
      expect((await audits('grid.settings.update')).length).toBe(1);
    });
  });
});
