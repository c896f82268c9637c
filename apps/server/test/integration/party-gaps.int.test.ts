import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { countRows, createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { linkBranch } from '../branch-secretary-support.ts';
import { newId } from '../../src/platform/ids.ts';
import type { AnyDb } from '../../src/db/migration-kit.ts';
import type { PairingTable } from '../../src/features/pairing/pairing.table.ts';
import { backfillHelperBranches } from '../../src/db/migrations/2026_11_29_1120_branch_reach.ts';
import { fails, installPartyLife, ok, signupIn, type PartyLifeObjects } from '../volunteers-support.ts';
import { png } from '../grid-support.ts';
import { nowIsoOf, systemClock } from '../../src/platform/clock.ts';
import { today } from '../../src/platform/local-date.ts';

/**
 * Party life gaps, through the HTTP API on the 2 × 2 × 2 fixture: a branch secretary reaches the in-service
 * members their branch receives and the pairings of their branch's helpers only (volunteering stays the
 * community's); the points ledger and the service records are listed (staff: their scope; members and
 * volunteers: their own); the feedback to one employer covers every member of the work unit, in both formats.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
interface Member {
  id: string;
  name: string;
  branchId: string | null;
  branchName: string | null;
}
interface Pairing {
  id: string;
  helperName: string;
  helperBranchId: string | null;
}
interface RecordView {
  id: string;
  memberId: string;
  memberName: string;
  servedOn: string;
  description: string;
  minutes: number;
}
interface PointView {
  id: string;
  volunteerId: string;
  volunteerName: string;
  points: number;
  reason: string;
}

describe('party gaps: branch reach, ledgers and per-work-unit feedback', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let secretary: Client;
  let worker: Client;
  let branchSec: Client;
  let unlinked: Client;
  let own: PartyLifeObjects;
  let foreign: PartyLifeObjects;
  let branchB: string;
  const c0 = () => fx.subdistricts[0].communities[0];
  const c1 = () => fx.subdistricts[0].communities[1];

  /** A download (PDF or workbook): 200 and its bytes. */
  const fetched = async (p: Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const register = (name: string, workUnit: string, communityId = c0().id, postId = own.postId) =>
    ok<Member>(
      secretary.post('/api/in-service/members', {
        communityId,
        registeredOn: '2015-03-01',
        name,
        workUnit,
        workPartyOrg: `${workUnit}党委`,
        postId,
      }),
    );
  const exportsBy = async (userId: string) =>
    ctx.deps.db
      .selectFrom('audit_log')
      .select(['changes', 'org_path'])
      .where('action', '=', 'in_service.feedback_export')
      .where('actor_id', '=', userId)
      .execute();

  // Members of community 0: one received by branch A (the fixture's), one by branch B (a second branch), one by none.
  let inA: Member;
  let inB: Member;
  let unplaced: Member;
  let pairA: Pairing;
  let pairB: Pairing;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    branchSec = await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id);
    unlinked = await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id);
    await linkBranch(ctx.deps, branchSec.userId, c0().branchId);
    own = await installPartyLife(ctx.deps, fx);
    foreign = await installPartyLife(ctx.deps, fx, c1());
    branchB = (
      await ok<{ id: string }>(
        admin.post('/api/party-orgs', {
          parentId: c0().partyOrgId,
          kind: 'branch',
          category: 'community',
          name: '第二支部',
          territoryId: c0().id,
        }),
      )
    ).id;

    inA = await register('甲支部党员', '区卫健委');
    inB = await register('乙支部党员', '区卫健委');
    unplaced = await register('未编入党员', '区卫健委');
    inA = await ok<Member>(worker.post(`/api/in-service/members/${inA.id}/branch`, { branchId: c0().branchId }));
    inB = await ok<Member>(worker.post(`/api/in-service/members/${inB.id}/branch`, { branchId: branchB }));
    for (const m of [inA, inB, unplaced])
      await ok(
        worker.post(`/api/in-service/members/${m.id}/records`, {
          servedOn: '2015-06-01',
          description: `${m.name}的服务`,
          minutes: 120,
        }),
      );
    await ok(
      secretary.post(`/api/in-service/members/${inA.id}/evaluations`, {
        year: 2015,
        grade: 'excellent',
        comment: '表现突出',
      }),
    );

    const pairing = (helperName: string, helperBranchId: string) => ({
      communityId: c0().id,
      helperRole: 'branch_secretary',
      helperName,
      helperBranchId,
      targetKind: 'unit',
      targetName: `${helperName}的帮扶单位`,
      startedOn: '2015-01-01',
    });
    pairA = await ok<Pairing>(secretary.post('/api/pairing/pairs', pairing('甲支部书记', c0().branchId)));
    pairB = await ok<Pairing>(secretary.post('/api/pairing/pairs', pairing('乙支部书记', branchB)));
  });

  describe('a branch secretary reaches their own branch only', () => {
    it('in-service members: the list, records and feedback hold the members their branch receives; the community sees all', async () => {
      expect(inA.branchId).toBe(c0().branchId);
      expect(inA.branchName).toBeTruthy();
      const mine = await ok<{ items: Member[] }>(branchSec.get('/api/in-service/members'));
      expect(new Set(mine.items.map((m) => m.branchId))).toEqual(new Set([c0().branchId]));
      expect(mine.items.map((m) => m.id)).toContain(inA.id);
      expect(mine.items.map((m) => m.id)).not.toContain(inB.id);
      expect(mine.items.map((m) => m.id)).not.toContain(unplaced.id);
      const all = await ok<{ items: Member[] }>(secretary.get('/api/in-service/members'));
      for (const id of [inA.id, inB.id, unplaced.id]) expect(all.items.map((m) => m.id)).toContain(id);

      const records = await ok<Page<RecordView>>(branchSec.get('/api/in-service/records?pageSize=200'));
      expect(records.items.some((r) => r.memberId === inA.id)).toBe(true);
      expect(records.items.some((r) => r.memberId === inB.id || r.memberId === unplaced.id)).toBe(false);
      expect(
        (await ok<Page<RecordView>>(secretary.get('/api/in-service/records?pageSize=200'))).items.some(
          (r) => r.memberId === inB.id,
        ),
      ).toBe(true);
      await fetched(
        branchSec.post(`/api/in-service/members/${inA.id}/feedback.pdf`, {
          year: 2015,
          reason: '向工作单位党组织反馈',
        }),
      );
    });

    it("gets 404 for branch B's member and pairing (audited as out of scope), and nothing is written", async () => {
      const denied = async () =>
        (
          await ctx.deps.db
            .selectFrom('audit_log')
            .select('seq')
            .where('action', '=', 'access.denied')
            .where('actor_id', '=', branchSec.userId)
            .execute()
        ).length;
      const before = {
        contacts: await countRows(ctx.deps, 'pairing_contacts'),
        pairings: await countRows(ctx.deps, 'pairings'),
        denied: await denied(),
      };
      await fails(
        branchSec.post(`/api/in-service/members/${inB.id}/feedback.pdf`, {
          year: 2015,
          reason: '向工作单位党组织反馈',
        }),
        404,
        'NOT_FOUND',
      );
      await fails(
        branchSec.post(`/api/in-service/members/${unplaced.id}/feedback.pdf`, {
          year: 2015,
          reason: '向工作单位党组织反馈',
        }),
        404,
        'NOT_FOUND',
      );
      await fails(branchSec.get(`/api/in-service/records?memberId=${inB.id}`), 404, 'NOT_FOUND');
      await fails(
        branchSec.post(`/api/pairing/pairs/${pairB.id}/contacts`, {
          contactedOn: today(systemClock),
          kind: 'call',
          note: '越权',
        }),
        404,
        'NOT_FOUND',
      );
      await fails(
        branchSec.post('/api/pairing/pairs', {
          communityId: c0().id,
          helperRole: 'branch_secretary',
          helperName: '越权',
          helperBranchId: branchB,
          targetKind: 'unit',
          targetName: '单位',
          startedOn: '2015-01-01',
        }),
        404,
        'NOT_FOUND',
      );
      expect(await countRows(ctx.deps, 'pairing_contacts')).toBe(before.contacts);
      expect(await countRows(ctx.deps, 'pairings')).toBe(before.pairings);
      expect(await denied()).toBe(before.denied + 5);
    });

    it("pairing: the list and compliance hold their branch's helpers; their own new pairs are their branch's; photos of B's contacts are 404", async () => {
      const list = await ok<{ items: Pairing[] }>(branchSec.get('/api/pairing/pairs'));
      expect(list.items.map((p) => p.id)).toContain(pairA.id);
      expect(list.items.map((p) => p.id)).not.toContain(pairB.id);
      expect(new Set(list.items.map((p) => p.helperBranchId))).toEqual(new Set([c0().branchId]));
      const compliance = await ok<{ helpers: { helperName: string }[]; overdue: Pairing[] }>(
        branchSec.get('/api/pairing/compliance'),
      );
      expect(compliance.helpers.map((h) => h.helperName)).toContain('甲支部书记');
      expect(compliance.helpers.map((h) => h.helperName)).not.toContain('乙支部书记');
      expect(compliance.overdue.some((p) => p.id === pairB.id)).toBe(false);
      const all = await ok<{ items: Pairing[] }>(secretary.get('/api/pairing/pairs'));
      expect(all.items.map((p) => p.id)).toEqual(expect.arrayContaining([pairA.id, pairB.id]));

      const created = await ok<Pairing>(
        branchSec.post('/api/pairing/pairs', {
          communityId: c0().id,
          helperRole: 'branch_secretary',
          helperName: '甲支部书记',
          targetKind: 'household',
          targetName: '困难家庭',
          startedOn: '2015-02-01',
        }),
      );
      expect(created.helperBranchId).toBe(c0().branchId);
      await ok(
        branchSec.post(`/api/pairing/pairs/${created.id}/contacts`, {
          contactedOn: today(systemClock),
          kind: 'visit',
          note: '走访',
        }),
      );

      const photo = await ok<{ key: string }>(
        secretary.request('POST', '/api/pairing/photos', await png(), { 'content-type': 'image/png' }),
      );
      const contact = await ok<{ id: string }>(
        secretary.post(`/api/pairing/pairs/${pairB.id}/contacts`, {
          contactedOn: today(systemClock),
          kind: 'visit',
          note: '走访',
          photos: [photo.key],
        }),
      );
      expect((await secretary.get(`/api/pairing/contacts/${contact.id}/photos/0`)).statusCode).toBe(200);
      await fails(branchSec.get(`/api/pairing/contacts/${contact.id}/photos/0`), 404, 'NOT_FOUND');
    });

    it('unlinked, sees no in-service member, record or pairing and cannot create one', async () => {
      expect((await ok<{ items: unknown[] }>(unlinked.get('/api/in-service/members'))).items).toEqual([]);
      expect((await ok<Page<unknown>>(unlinked.get('/api/in-service/records'))).total).toBe(0);
      expect((await ok<{ items: unknown[] }>(unlinked.get('/api/pairing/pairs'))).items).toEqual([]);
      await fails(
        unlinked.post('/api/pairing/pairs', {
          communityId: c0().id,
          helperRole: 'branch_secretary',
          helperName: '某某',
          targetKind: 'unit',
          targetName: '单位',
          startedOn: '2015-01-01',
        }),
        404,
        'NOT_FOUND',
      );
      await fails(
        unlinked.post('/api/in-service/work-units/feedback.xlsx', {
          year: 2015,
          workUnit: '区卫健委',
          reason: '向工作单位党组织反馈',
        }),
        404,
        'NOT_FOUND',
      );
    });

    it("volunteering stays the community's: teams and activities are not branch objects", async () => {
      const teams = await ok<{ items: { id: string }[] }>(branchSec.get('/api/volunteer/teams'));
      expect(teams.items.map((t) => t.id)).toContain(own.teamId);
      expect(teams.items.map((t) => t.id)).not.toContain(foreign.teamId);
    });
  });

  describe('branch links are checked and audited', () => {
    it("a member's branch and a helper's branch must belong to the community (400), in scope (404); nothing is written", async () => {
      const stamp = await ctx.deps.db
        .selectFrom('in_service_members')
        .select(['branch_id', 'updated_at'])
        .where('id', '=', unplaced.id)
        .executeTakeFirstOrThrow();
      await fails(
        admin.post(`/api/in-service/members/${unplaced.id}/branch`, { branchId: c1().branchId }),
        400,
        'VALIDATION',
      );
      await fails(
        admin.post(`/api/in-service/members/${unplaced.id}/branch`, { branchId: c0().partyOrgId }),
        409,
        'INVALID_MOVE',
      );
      await fails(
        worker.post(`/api/in-service/members/${unplaced.id}/branch`, {
          branchId: fx.subdistricts[1].communities[0].branchId,
        }),
        404,
        'NOT_FOUND',
      );
      await fails(
        worker.post(`/api/in-service/members/${foreign.inServiceId}/branch`, { branchId: c0().branchId }),
        404,
        'NOT_FOUND',
      );
      await fails(
        worker.post(`/api/in-service/members/${unplaced.id}/branch`, { branchId: c0().branchId, extra: 1 }),
        400,
        'VALIDATION',
      );
      expect(
        await ctx.deps.db
          .selectFrom('in_service_members')
          .select(['branch_id', 'updated_at'])
          .where('id', '=', unplaced.id)
          .executeTakeFirstOrThrow(),
      ).toEqual(stamp);
      const before = await countRows(ctx.deps, 'pairings');
      await fails(
        admin.post('/api/pairing/pairs', {
          communityId: c0().id,
          helperRole: 'branch_secretary',
          helperName: '某某',
          helperBranchId: c1().branchId,
          targetKind: 'unit',
          targetName: '单位',
          startedOn: '2015-01-01',
        }),
        400,
        'VALIDATION',
      );
      expect(await countRows(ctx.deps, 'pairings')).toBe(before);
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select(['actor_id', 'changes'])
        .where('action', '=', 'in_service.assign_branch')
        .where('subject_id', '=', inB.id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(String(audit[0]!.changes)).toContain(branchB);
    });
  });

  it("the migration gives a linked branch secretary's own earlier pairs their branch, and no one else's", async () => {
    const pair = (helperUserId: string): PairingTable => ({
      id: newId(),
      community_id: c0().id,
      helper_key: `user:${helperUserId}`,
      helper_user_id: helperUserId,
      helper_name: '旧结对',
      helper_role: 'branch_secretary',
      helper_branch_id: null,
      target_kind: 'unit',
      target_resident_id: null,
      target_name: '旧单位',
      started_on: '2015-01-01',
      created_by: helperUserId,
      created_at: nowIsoOf(systemClock),
    });
    const own = pair(branchSec.userId);
    const staff = pair(secretary.userId);
    await ctx.deps.db.insertInto('pairings').values([own, staff]).execute();
    await backfillHelperBranches(ctx.deps.db as unknown as AnyDb);
    const rows = await ctx.deps.db
      .selectFrom('pairings')
      .select(['id', 'helper_branch_id'])
      .where('id', 'in', [own.id, staff.id])
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.helper_branch_id]))).toEqual({
      [own.id]: c0().branchId,
      [staff.id]: null,
    });
    expect((await ok<{ items: Pairing[] }>(branchSec.get('/api/pairing/pairs'))).items.map((p) => p.id)).toContain(
      own.id,
    );
  });

  describe('points entries and service records', () => {
    it("staff list the points ledger of their scope, paginated, newest first; another community's volunteer is 404", async () => {
      await ok(
        worker.post('/api/volunteer/points', {
          volunteerId: own.volunteerId,
          points: 3,
          reason: '值守',
          awardedOn: '2015-06-01',
        }),
      );
      await ok(
        worker.post('/api/volunteer/points', {
          volunteerId: own.volunteerId,
          points: -2,
          reason: '缺勤',
          awardedOn: '2015-07-01',
        }),
      );
      const page1 = await ok<Page<PointView>>(
        worker.get(`/api/volunteer/points?volunteerId=${own.volunteerId}&page=1&pageSize=2`),
      );
      expect(page1.total).toBe(3);
      expect(page1.items.map((p) => p.points)).toEqual([-2, 3]);
      expect(page1.items[0]).toMatchObject({ volunteerId: own.volunteerId, volunteerName: '志愿者甲', reason: '缺勤' });
      const page2 = await ok<Page<PointView>>(
        worker.get(`/api/volunteer/points?volunteerId=${own.volunteerId}&page=2&pageSize=2`),
      );
      expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page2.items.map((p) => p.points)).toEqual([10]);
      const scoped = await ok<Page<PointView>>(worker.get('/api/volunteer/points?pageSize=200'));
      expect(scoped.items.some((p) => p.volunteerId === foreign.volunteerId)).toBe(false);
      expect(
        (await ok<Page<PointView>>(admin.get('/api/volunteer/points?pageSize=200'))).items.some(
          (p) => p.volunteerId === foreign.volunteerId,
        ),
      ).toBe(true);
      await fails(worker.get(`/api/volunteer/points?volunteerId=${foreign.volunteerId}`), 404, 'NOT_FOUND');
      await fails(worker.get('/api/volunteer/points?pageSize=500'), 400, 'VALIDATION');
    });

    it('a volunteer sees their own points only, and points never change their hours', async () => {
      const me = await clientFor(ctx.app, ctx.deps, 'volunteer', c0().id);
      const neighbour = await clientFor(ctx.app, ctx.deps, 'volunteer', c0().id);
      expect(await ok<Page<PointView>>(me.get('/api/my/points'))).toEqual({
        items: [],
        total: 0,
        page: 1,
        pageSize: 20,
      });
      await signupIn(ctx.deps, own, c0().id, 'verified', me.userId);
      await signupIn(ctx.deps, own, c0().id, 'verified', neighbour.userId);
      const mine = await ctx.deps.db
        .selectFrom('volunteers')
        .select('id')
        .where('user_id', '=', me.userId)
        .executeTakeFirstOrThrow();
      const theirs = await ctx.deps.db
        .selectFrom('volunteers')
        .select('id')
        .where('user_id', '=', neighbour.userId)
        .executeTakeFirstOrThrow();
      const hoursBefore = (await ok<{ verifiedMinutes: number }>(me.get('/api/my/volunteering'))).verifiedMinutes;
      await ok(
        worker.post('/api/volunteer/points', {
          volunteerId: mine.id,
          points: 8,
          reason: '活动积分',
          awardedOn: '2015-05-01',
        }),
      );
      await ok(
        worker.post('/api/volunteer/points', {
          volunteerId: theirs.id,
          points: 4,
          reason: '邻居的积分',
          awardedOn: '2015-05-01',
        }),
      );
      const page = await ok<Page<PointView>>(me.get('/api/my/points'));
      expect(page.items.map((p) => [p.volunteerId, p.points, p.reason])).toEqual([[mine.id, 8, '活动积分']]);
      const after = await ok<{ verifiedMinutes: number; points: number }>(me.get('/api/my/volunteering'));
      expect(after).toMatchObject({ verifiedMinutes: hoursBefore, points: 8 });
      await fails(me.get('/api/volunteer/points'), 403, 'FORBIDDEN');
    });

    it('staff list the service records of their scope; a member sees their own records only', async () => {
      const year = await ok<Page<RecordView>>(worker.get(`/api/in-service/records?memberId=${inA.id}&year=2015`));
      expect(year.items.map((r) => [r.memberName, r.servedOn, r.minutes])).toEqual([['甲支部党员', '2015-06-01', 120]]);
      expect(
        (await ok<Page<RecordView>>(worker.get(`/api/in-service/records?memberId=${inA.id}&year=2016`))).total,
      ).toBe(0);
      expect(
        (await ok<Page<RecordView>>(worker.get('/api/in-service/records?pageSize=200'))).items.some(
          (r) => r.memberId === foreign.inServiceId,
        ),
      ).toBe(false);
      await fails(worker.get(`/api/in-service/records?memberId=${foreign.inServiceId}`), 404, 'NOT_FOUND');

      const member = await clientFor(ctx.app, ctx.deps, 'party_member', c0().id);
      expect((await ok<Page<RecordView>>(member.get('/api/my/in-service/records'))).total).toBe(0);
      const me = await ok<Member>(
        member.post('/api/my/in-service', {
          name: '网上报到',
          workUnit: '区卫健委',
          workPartyOrg: '区卫健委党委',
          postId: own.postId,
        }),
      );
      await ok(
        worker.post(`/api/in-service/members/${me.id}/records`, {
          servedOn: '2015-08-01',
          description: '义诊',
          minutes: 60,
        }),
      );
      const mine = await ok<Page<RecordView>>(member.get('/api/my/in-service/records'));
      expect(mine.items.map((r) => [r.memberId, r.description])).toEqual([[me.id, '义诊']]);
      await fails(member.get('/api/in-service/records'), 403, 'FORBIDDEN');
    });
  });

  describe('feedback to one work unit', () => {
    it('the workbook holds a summary row per member of the work unit in scope and every record of the year; audited', async () => {
      const res = await worker.post('/api/in-service/work-units/feedback.xlsx', {
        year: 2015,
        workUnit: '区卫健委',
        reason: '向工作单位党组织反馈',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const [summary, records] = book.worksheets;
      const rows = (sheet: ExcelJS.Worksheet) =>
        sheet
          .getSheetValues()
          .slice(2)
          .map((r) => (r as unknown[]).slice(1).map(String));
      const names = rows(summary!).map((r) => r[0]);
      expect(names).toEqual(expect.arrayContaining(['甲支部党员', '乙支部党员', '未编入党员']));
      expect(names).not.toContain('报到党员');
      const a = rows(summary!).find((r) => r[0] === '甲支部党员')!;
      expect(a.slice(6, 10)).toEqual(['1', '2.0', '优秀', '表现突出']);
      expect(rows(records!).map((r) => r.slice(0, 2))).toEqual(
        expect.arrayContaining([
          ['甲支部党员', '2015-06-01'],
          ['乙支部党员', '2015-06-01'],
        ]),
      );
      const audit = await exportsBy(worker.userId);
      expect(audit.map((x) => JSON.parse(String(x.changes)) as { workUnit: string; format: string })).toContainEqual(
        expect.objectContaining({ workUnit: '区卫健委', format: 'xlsx' }),
      );
    });

    it("the PDF too (a branch secretary's holds their branch's members); an unknown or out-of-scope work unit is 404; a missing one 400", async () => {
      const res = await worker.post('/api/in-service/work-units/feedback.pdf', {
        year: 2015,
        workUnit: '区卫健委',
        reason: '向工作单位党组织反馈',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await exportsBy(worker.userId)).some((x) => String(x.changes).includes('"pdf"'))).toBe(true);
      await fetched(
        branchSec.post('/api/in-service/work-units/feedback.pdf', {
          year: 2015,
          workUnit: '区卫健委',
          reason: '向工作单位党组织反馈',
        }),
      );
      expect(
        (await exportsBy(branchSec.userId)).map((x) => (JSON.parse(String(x.changes)) as { members: number }).members),
      ).toContain(1);

      const before = (await exportsBy(worker.userId)).length;
      await fails(
        worker.post('/api/in-service/work-units/feedback.pdf', {
          year: 2015,
          workUnit: '不存在的单位',
          reason: '向工作单位党组织反馈',
        }),
        404,
        'NOT_FOUND',
      );
      await ok(
        admin.post('/api/in-service/members', {
          communityId: c1().id,
          registeredOn: '2015-03-01',
          name: '二社区党员',
          workUnit: '市园林局',
          workPartyOrg: '市园林局党委',
          postId: foreign.postId,
        }),
      );
      await fails(
        worker.post('/api/in-service/work-units/feedback.xlsx', {
          year: 2015,
          workUnit: '市园林局',
          reason: '向工作单位党组织反馈',
        }),
        404,
        'NOT_FOUND',
      );
      await fetched(
        admin.post('/api/in-service/work-units/feedback.xlsx', {
          year: 2015,
          workUnit: '市园林局',
          reason: '向工作单位党组织反馈',
        }),
      );
      await fails(
        worker.post('/api/in-service/work-units/feedback.pdf', { year: 2015, reason: '向工作单位党组织反馈' }),
        400,
        'VALIDATION',
      );
      expect((await exportsBy(worker.userId)).length).toBe(before);
    });

    it('the per-member PDF and the overview workbook are audited the same way', async () => {
      await fetched(
        worker.post(`/api/in-service/members/${inA.id}/feedback.pdf`, { year: 2015, reason: '向工作单位党组织反馈' }),
      );
      await fetched(worker.post('/api/in-service/feedback.xlsx', { year: 2015, reason: '向工作单位党组织反馈' }));
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select(['subject_id', 'changes'])
        .where('action', '=', 'in_service.feedback_export')
        .where('actor_id', '=', worker.userId)
        .execute();
      expect(audit.some((x) => x.subject_id === inA.id && String(x.changes).includes('"pdf"'))).toBe(true);
      expect(audit.some((x) => x.subject_id === null && String(x.changes).includes('"workUnit":null'))).toBe(true);
    });

    it('every feedback export needs a reason: missing or too short → localised 400, nothing exported or audited; the reason is in the audit record', async () => {
      const exports: [string, Record<string, unknown>][] = [
        [`/api/in-service/members/${inA.id}/feedback.pdf`, { year: 2015 }],
        ['/api/in-service/feedback.xlsx', { year: 2015 }],
        ['/api/in-service/work-units/feedback.pdf', { year: 2015, workUnit: '区卫健委' }],
        ['/api/in-service/work-units/feedback.xlsx', { year: 2015, workUnit: '区卫健委' }],
      ];
      const before = await countRows(ctx.deps, 'audit_log');
      for (const [url, body] of exports) {
        const none = await fails(worker.post(url, body), 400, 'VALIDATION');
        expect(
          none.issues?.map((i) => i.path),
          url,
        ).toEqual(['body.reason']);
        const short = await worker.post(url, { ...body, reason: '  看看 ' });
        expect(short.statusCode, url).toBe(400);
        expect(short.headers['content-type']).not.toContain('application/pdf');
        expect(JSON.parse(short.body)).toMatchObject({
          code: 'VALIDATION',
          issues: [{ path: 'body.reason', message: '请填写至少4个字的理由' }],
        });
        const en = await worker.request('POST', url, { ...body, reason: 'ok' }, { 'accept-language': 'en' });
        expect(JSON.parse(en.body)).toMatchObject({
          issues: [{ path: 'body.reason', message: 'Give a reason of at least 4 characters' }],
        });
        // The old form (year in the query string, no body) exports nothing either.
        expect((await worker.request('GET', `${url}?year=2015`)).statusCode, url).toBe(404);
      }
      expect(await countRows(ctx.deps, 'audit_log')).toBe(before);

      for (const [i, [url, body]] of exports.entries())
        await fetched(worker.post(url, { ...body, reason: `  向单位党组织反馈第${i + 1}份 ` }));
      const reasons = await ctx.deps.db
        .selectFrom('audit_log')
        .select(['reason', 'changes'])
        .where('action', '=', 'in_service.feedback_export')
        .where('actor_id', '=', worker.userId)
        .where('seq', '>', before)
        .orderBy('seq')
        .execute();
      expect(reasons.map((r) => r.reason)).toEqual([1, 2, 3, 4].map((n) => `向单位党组织反馈第${n}份`));
    });
  });
});
