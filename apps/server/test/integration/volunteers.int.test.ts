import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ErrorBody } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { linkBranch } from '../branch-secretary-support.ts';
import { dayOffset, fails, ok, testPdf } from '../volunteers-support.ts';
import { png } from '../grid-support.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { today } from '../../src/platform/local-date.ts';

/** Party members and volunteers, end to end through the HTTP API on the 2 × 2 × 2 fixture. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Signup {
  id: string;
  status: string;
  serviceMinutes: number | null;
  volunteerId: string;
}
interface Mine {
  volunteerId: string | null;
  verifiedMinutes: number;
  pendingMinutes: number;
  starLevel: number;
  points: number;
  signups: Signup[];
  certificates: { number: string }[];
}

describe('Party members and volunteers', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let secretary: Client;
  let worker: Client;
  let branchSec: Client;
  let otherBranchSec: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const c1 = () => fx.subdistricts[0].communities[1];
  const year = Number(today(systemClock).slice(0, 4));

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    branchSec = await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id);
    otherBranchSec = await clientFor(ctx.app, ctx.deps, 'branch_secretary', c1().id);
    await linkBranch(ctx.deps, branchSec.userId, c0().branchId);
    await linkBranch(ctx.deps, otherBranchSec.userId, c1().branchId);
  });

  describe('education platform', () => {
    it("courses with quizzes, a member's own progress and quiz, and coverage per branch", async () => {
      const course = await ok<{ id: string; questions: { question: string; options: string[] }[] }>(
        secretary.post('/api/education/courses', {
          unitId: c0().id,
          title: '学习党章',
          kind: 'article',
          body: '第一章 党员',
          minutes: 30,
          quiz: [
            { question: '入党誓词由谁宣读？', options: ['预备党员', '群众'], answer: 0 },
            { question: '党费按月交纳？', options: ['是', '否'], answer: 0 },
          ],
        }),
      );
      expect(course.questions[0]).not.toHaveProperty('answer');
      await fails(
        secretary.post('/api/education/courses', {
          unitId: c0().id,
          title: '坏题',
          kind: 'article',
          minutes: 5,
          quiz: [{ question: '?', options: ['a', 'b'], answer: 3 }],
        }),
        400,
        'VALIDATION',
      );
      await ok(
        secretary.post('/api/education/plans', {
          branchId: c0().branchId,
          year,
          title: '年度学习计划',
          courseIds: [course.id],
        }),
      );
      await fails(otherBranchSec.get(`/api/education/plans?branchId=${c0().branchId}&year=${year}`), 404, 'NOT_FOUND');

      const member = await clientFor(ctx.app, ctx.deps, 'party_member', c0().id);
      await fails(member.post(`/api/my/courses/${course.id}/progress`, { minutes: 10 }), 409, 'NO_PROFILE');
      await ok(branchSec.post('/api/education/member-accounts', { userId: member.userId, memberId: c0().memberId }));
      await ok(member.post(`/api/my/courses/${course.id}/progress`, { minutes: 20 }));
      const progress = await ok<{ minutes: number; completed: boolean }>(
        member.post(`/api/my/courses/${course.id}/progress`, { minutes: 15, completed: true }),
      );
      expect(progress).toEqual({ minutes: 35, completed: true, quizScore: null });
      await fails(member.post(`/api/my/courses/${course.id}/quiz`, { answers: [0] }), 400, 'VALIDATION');
      expect(await ok(member.post(`/api/my/courses/${course.id}/quiz`, { answers: [0, 1] }))).toEqual({
        score: 50,
        correct: 1,
        total: 2,
      });
      const mine = await ok<{ items: { id: string; progress: { quizScore: number } }[] }>(
        member.get('/api/my/courses'),
      );
      expect(mine.items.find((c) => c.id === course.id)?.progress.quizScore).toBe(50);

      // Study material: a PDF stored on the platform, typed by its bytes; readable by staff and by members.
      await fails(
        secretary.request('POST', `/api/education/courses/${course.id}/material`, Buffer.from('not a pdf'), {
          'content-type': 'application/pdf',
        }),
        400,
        'BAD_FILE',
      );
      expect(
        (
          await ok<{ hasFile: boolean }>(
            secretary.request('POST', `/api/education/courses/${course.id}/material`, testPdf(), {
              'content-type': 'application/pdf',
            }),
          )
        ).hasFile,
      ).toBe(true);
      const pdf = await member.get(`/api/my/courses/${course.id}/material`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      await fails(otherBranchSec.get(`/api/education/courses/${course.id}/material`), 404, 'NOT_FOUND');

      const coverage = await ok<{
        branches: { branchId: string; members: number; learners: number; completedMembers: number; coverage: number }[];
      }>(secretary.get(`/api/education/coverage?year=${year}`));
      expect(coverage.branches).toHaveLength(1);
      expect(coverage.branches[0]).toMatchObject({
        branchId: c0().branchId,
        members: 1,
        learners: 1,
        completedMembers: 1,
        coverage: 1,
      });
    });
  });

  describe('三会一课 and organisational life', () => {
    it('records meetings, refuses bad attendance, closes a month and refuses back-filling into it; the schedule flags gaps', async () => {
      const lastMonth = dayOffset(-40);
      const pngBytes = await png();
      const photo = await ok<{ key: string }>(
        branchSec.request('POST', '/api/party-life/photos', pngBytes, { 'content-type': 'image/png' }),
      );
      await fails(
        branchSec.request('POST', '/api/party-life/photos', Buffer.from('GIF89a not an accepted image'), {
          'content-type': 'image/png',
        }),
        415,
        'UNSUPPORTED_FILE_TYPE',
      );
      // A record names only files its author uploaded.
      await fails(
        secretary.post('/api/party-life/meetings', {
          branchId: c0().branchId,
          kind: 'committee_meeting',
          heldOn: lastMonth,
          topic: '支委会',
          due: 5,
          present: 5,
          photos: [photo.key],
        }),
        404,
        'NOT_FOUND',
      );
      const meeting = await ok<{ id: string }>(
        branchSec.post('/api/party-life/meetings', {
          branchId: c0().branchId,
          kind: 'committee_meeting',
          heldOn: lastMonth,
          topic: '支委会',
          due: 5,
          present: 5,
          minutes: '研究发展党员',
          photos: [photo.key],
        }),
      );
      const image = await secretary.get(`/api/party-life/meetings/${meeting.id}/photos/0`);
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      await fails(otherBranchSec.get(`/api/party-life/meetings/${meeting.id}/photos/0`), 404, 'NOT_FOUND');
      await fails(secretary.get(`/api/party-life/meetings/${meeting.id}/photos/1`), 404, 'NOT_FOUND');
      const before = await countRows(ctx.deps, 'org_life_meetings');
      await fails(
        branchSec.post('/api/party-life/meetings', {
          branchId: c0().branchId,
          kind: 'committee_meeting',
          heldOn: lastMonth,
          topic: '支委会',
          due: 5,
          present: 6,
        }),
        400,
        'VALIDATION',
      );
      await fails(
        branchSec.post('/api/party-life/meetings', {
          branchId: c0().branchId,
          kind: 'theme_day',
          heldOn: dayOffset(3),
          topic: '未来',
          due: 5,
          present: 5,
        }),
        400,
        'VALIDATION',
      );
      await fails(
        otherBranchSec.post('/api/party-life/meetings', {
          branchId: c0().branchId,
          kind: 'theme_day',
          heldOn: lastMonth,
          topic: '越权',
          due: 5,
          present: 5,
        }),
        404,
        'NOT_FOUND',
      );
      await fails(
        branchSec.post('/api/party-life/closed-months', { branchId: c0().branchId, month: lastMonth.slice(0, 7) }),
        403,
        'FORBIDDEN',
      );
      await fails(
        secretary.post('/api/party-life/closed-months', {
          branchId: c0().branchId,
          month: today(systemClock).slice(0, 7),
        }),
        400,
        'VALIDATION',
      );
      await ok(
        secretary.post('/api/party-life/closed-months', { branchId: c0().branchId, month: lastMonth.slice(0, 7) }),
      );
      await fails(
        secretary.post('/api/party-life/closed-months', { branchId: c0().branchId, month: lastMonth.slice(0, 7) }),
        409,
        'CONFLICT',
      );
      const closed = await fails(
        branchSec.post('/api/party-life/meetings', {
          branchId: c0().branchId,
          kind: 'theme_day',
          heldOn: lastMonth,
          topic: '补录',
          due: 5,
          present: 4,
        }),
        409,
        'PERIOD_CLOSED',
      );
      expect(closed.message).toContain('关账');
      expect(await countRows(ctx.deps, 'org_life_meetings')).toBe(before);

      const schedule = await ok<{
        closedMonths: string[];
        rows: { kind: string; periods: { period: string; held: number; missing: boolean }[] }[];
      }>(branchSec.get(`/api/party-life/schedule?branchId=${c0().branchId}&year=${lastMonth.slice(0, 4)}`));
      expect(schedule.closedMonths).toEqual([lastMonth.slice(0, 7)]);
      const committee = schedule.rows.find((r) => r.kind === 'committee_meeting')!;
      expect(committee.periods.find((p) => p.period === lastMonth.slice(0, 7))).toMatchObject({
        held: 1,
        missing: false,
      });
      const themeDay = schedule.rows.find((r) => r.kind === 'theme_day')!;
      expect(themeDay.periods.find((p) => p.period === lastMonth.slice(0, 7))).toMatchObject({
        held: 0,
        missing: true,
      });
      const list = await ok<{ items: { photos: string[] }[] }>(
        branchSec.get(`/api/party-life/meetings?branchId=${c0().branchId}&year=${lastMonth.slice(0, 4)}`),
      );
      expect(list.items[0].photos).toEqual([photo.key]);
    });
  });

  describe('trainings and study visits', () => {
    it('the article\'s "3 study visits, 8 trainings" are computed from the records', async () => {
      const kinds = [
        'study_visit',
        'study_visit',
        'study_visit',
        'pre_job',
        'in_service',
        'in_service',
        'meeting_as_training',
        'meeting_as_training',
        'business',
        'business',
        'business',
      ];
      for (const [i, kind] of kinds.entries()) {
        await ok(
          admin.post('/api/trainings', {
            unitId: fx.subdistricts[0].id,
            kind,
            title: `培训${i}`,
            heldOn: `2015-0${(i % 9) + 1}-10`,
            place: '党群服务中心',
            participants: [
              { name: '书记甲', attended: true },
              { name: '主任乙', attended: i % 2 === 0 },
            ],
          }),
        );
      }
      const stats = await ok<{ studyVisits: number; trainings: number; attendance: number }>(
        admin.get('/api/trainings/stats?year=2015'),
      );
      expect(stats).toMatchObject({ studyVisits: 3, trainings: 8, attendance: 11 + 6 });
      expect(
        await ok<{ studyVisits: number; trainings: number }>(secretary.get('/api/trainings/stats?year=2015')),
      ).toMatchObject({ studyVisits: 0, trainings: 0 });
    });
  });

  describe('in-service members report to their community', () => {
    it('self-registration with a masked phone, grid, service records, one evaluation a year, and the feedback report', async () => {
      const post = await ok<{ id: string }>(
        secretary.post('/api/in-service/posts', { communityId: c0().id, name: '文明劝导岗', description: '周末劝导' }),
      );
      const member = await clientFor(ctx.app, ctx.deps, 'party_member', c0().id);
      const menu = await ok<{ items: { id: string }[] }>(member.get('/api/my/in-service/posts'));
      expect(menu.items.map((p) => p.id)).toContain(post.id);
      const phone = '13912345678';
      const reg = await ok<{ id: string; phoneMasked: string; source: string }>(
        member.post('/api/my/in-service', {
          name: '在职党员甲',
          phone,
          workUnit: '市电力公司',
          workPartyOrg: '市电力公司党委',
          skills: '电工维修',
          postId: post.id,
        }),
      );
      expect(reg).toMatchObject({ phoneMasked: '139****5678', source: 'self' });
      const stored = await ctx.deps.db
        .selectFrom('in_service_members')
        .selectAll()
        .where('id', '=', reg.id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(stored)).not.toContain(phone);
      await fails(
        member.post('/api/my/in-service', {
          name: '在职党员甲',
          workUnit: '市电力公司',
          workPartyOrg: '市电力公司党委',
          postId: post.id,
        }),
        409,
        'DUPLICATE',
      );
      await fails(
        member.post('/api/my/in-service', {
          name: 'x',
          workUnit: 'y',
          workPartyOrg: 'z',
          postId: post.id,
          communityId: fx.subdistricts[1].communities[0].id,
        }),
        404,
        'NOT_FOUND',
      );

      await ok(worker.post(`/api/in-service/members/${reg.id}/grid`, { gridId: c0().grids[1].id }));
      await fails(
        worker.post(`/api/in-service/members/${reg.id}/grid`, { gridId: c1().grids[0].id }),
        404,
        'NOT_FOUND',
      );
      await ok(
        worker.post(`/api/in-service/members/${reg.id}/records`, {
          servedOn: '2015-05-01',
          description: '文明劝导',
          minutes: 120,
        }),
      );
      const evaluated = await ok<{
        evaluations: { year: number; grade: string }[];
        serviceMinutes: number;
        gridId: string;
      }>(
        worker.post(`/api/in-service/members/${reg.id}/evaluations`, {
          year: 2015,
          grade: 'excellent',
          comment: '积极',
        }),
      );
      expect(evaluated).toMatchObject({
        serviceMinutes: 120,
        gridId: c0().grids[1].id,
        evaluations: [{ year: 2015, grade: 'excellent' }],
      });
      await fails(
        worker.post(`/api/in-service/members/${reg.id}/evaluations`, { year: 2015, grade: 'good' }),
        409,
        'DUPLICATE',
      );
      const mine = await ok<{ evaluations: unknown[] }>(member.get('/api/my/in-service'));
      expect(mine.evaluations).toHaveLength(1);

      const paper = await ok<{ source: string }>(
        worker.post('/api/in-service/members', {
          communityId: c0().id,
          registeredOn: '2015-03-01',
          name: '纸质登记党员',
          workUnit: '市电力公司',
          workPartyOrg: '市电力公司党委',
          postId: post.id,
        }),
      );
      expect(paper.source).toBe('paper');
      await ok(
        secretary.post('/api/in-service/joint-units', {
          communityId: c0().id,
          name: '市电力公司',
          partyOrg: '市电力公司党委',
          contactName: '联络员',
          registeredOn: '2015-02-01',
        }),
      );
      expect((await ok<{ items: unknown[] }>(secretary.get('/api/in-service/joint-units'))).items).toHaveLength(1);

      const xlsx = await secretary.post('/api/in-service/feedback.xlsx', {
        year: 2015,
        workUnit: '市电力公司',
        reason: '向工作单位党组织反馈',
      });
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
      expect(rows).toHaveLength(3);
      expect(JSON.stringify(rows)).toContain('优秀');
      expect(JSON.stringify(rows)).not.toContain(phone);
      const pdf = await secretary.post(`/api/in-service/members/${reg.id}/feedback.pdf`, {
        year: 2015,
        reason: '向工作单位党组织反馈',
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.toString('latin1')).toContain('NotoSansHans');
      await fails(
        otherBranchSec.post(`/api/in-service/members/${reg.id}/feedback.pdf`, {
          year: 2015,
          reason: '向工作单位党组织反馈',
        }),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('volunteering: capacity, check-in/out, verified hours, certificates, points, monthly check', () => {
    it('runs the whole flow and counts only verified hours', async () => {
      const team = await ok<{ id: string }>(
        worker.post('/api/volunteer/teams', {
          communityId: c0().id,
          name: '拆迁不离党服务队',
          leaderName: '队长',
          foundedOn: '2015-01-01',
        }),
      );
      const activity = await ok<{ id: string }>(
        worker.post('/api/volunteer/activities', {
          teamId: team.id,
          title: '党旗红·清洁家园',
          theme: 'dangqi_hong',
          heldOn: dayOffset(1),
          place: '社区广场',
          capacity: 2,
        }),
      );
      const [v1, v2, v3] = [
        await clientFor(ctx.app, ctx.deps, 'volunteer', c0().id),
        await clientFor(ctx.app, ctx.deps, 'party_member', c0().id),
        await clientFor(ctx.app, ctx.deps, 'volunteer', c0().id),
      ];
      const s1 = await ok<Signup>(v1.post(`/api/my/activities/${activity.id}/signup`));
      await fails(v1.post(`/api/my/activities/${activity.id}/signup`), 409, 'DUPLICATE');
      await ok(v2.post(`/api/my/activities/${activity.id}/signup`));
      const full = await fails(v3.post(`/api/my/activities/${activity.id}/signup`), 409, 'ACTIVITY_FULL');
      expect(full.message).toContain('名额已满');
      expect(
        (
          await ctx.deps.db
            .selectFrom('volunteer_activities')
            .select('signed_up')
            .where('id', '=', activity.id)
            .executeTakeFirstOrThrow()
        ).signed_up,
      ).toBe(2);

      await fails(worker.post(`/api/volunteer/signups/${s1.id}/verify`), 409, 'SIGNUP_STATE');
      await fails(worker.post(`/api/volunteer/signups/${s1.id}/hours`, { minutes: 60 }), 409, 'SIGNUP_STATE');
      await ok(worker.post(`/api/volunteer/signups/${s1.id}/check-in`, { at: '2015-06-01T01:00:00.000Z' }));
      await fails(worker.post(`/api/volunteer/signups/${s1.id}/check-in`, {}), 409, 'SIGNUP_STATE');
      await fails(
        worker.post(`/api/volunteer/signups/${s1.id}/check-out`, { at: '2015-06-01T00:00:00.000Z' }),
        400,
        'VALIDATION',
      );
      await ok(worker.post(`/api/volunteer/signups/${s1.id}/check-out`, { at: '2015-06-01T05:00:00.000Z' }));
      const tooLong = await fails(
        worker.post(`/api/volunteer/signups/${s1.id}/hours`, { minutes: 241 }),
        400,
        'VALIDATION',
      );
      expect(tooLong.issues?.[0].message).toContain('路途');
      await ok(worker.post(`/api/volunteer/signups/${s1.id}/hours`, { minutes: 200 }));
      const pending = await ok<Mine>(v1.get('/api/my/volunteering'));
      expect(pending).toMatchObject({ verifiedMinutes: 0, pendingMinutes: 200 });
      await fails(v1.post('/api/my/certificates'), 409, 'NO_VERIFIED_HOURS');
      await ok(worker.post(`/api/volunteer/signups/${s1.id}/verify`));
      await fails(worker.post(`/api/volunteer/signups/${s1.id}/hours`, { minutes: 100 }), 409, 'SIGNUP_STATE');
      await fails(otherBranchSec.get(`/api/volunteer/activities/${activity.id}/signups`), 404, 'NOT_FOUND');

      await ok(
        worker.post('/api/volunteer/points', {
          volunteerId: s1.volunteerId,
          points: 50,
          reason: '积分兑换活动',
          awardedOn: '2015-06-02',
        }),
      );
      const mine = await ok<Mine>(v1.get('/api/my/volunteering'));
      expect(mine).toMatchObject({ verifiedMinutes: 200, pendingMinutes: 0, points: 50, starLevel: 0 });
      // A volunteer sees their own records only.
      const other = await ok<Mine>(v2.get('/api/my/volunteering'));
      expect(other.signups.map((s) => s.id)).not.toContain(s1.id);
      expect(other.verifiedMinutes).toBe(0);

      const cert = await ok<{ number: string; serviceMinutes: number }>(v1.post('/api/my/certificates'));
      expect(cert.number).toMatch(/^ZYZ-\d{4}-[0-9A-Z]{10}$/);
      expect(cert.serviceMinutes).toBe(200);
      expect((await ok<{ number: string }>(v1.post('/api/my/certificates'))).number).toBe(cert.number);
      const pdf = await v1.get(`/api/my/certificates/${cert.number}/pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.toString('latin1')).toContain('NotoSansHans');
      await fails(v2.get(`/api/my/certificates/${cert.number}/pdf`), 404, 'NOT_FOUND');

      const publicCheck = await ctx.app.inject({ method: 'GET', url: `/api/public/certificates/${cert.number}` });
      expect(publicCheck.statusCode).toBe(200);
      const shown = readJson<Record<string, unknown>>(publicCheck);
      const name = (
        await ctx.deps.db
          .selectFrom('volunteers')
          .select('name')
          .where('id', '=', s1.volunteerId)
          .executeTakeFirstOrThrow()
      ).name;
      expect(shown).toEqual({
        number: cert.number,
        maskedName: `${name[0]}${'*'.repeat(name.length - 1)}`,
        serviceHours: 3.3,
        starLevel: 0,
        issuedOn: today(systemClock),
      });
      expect(JSON.stringify(shown)).not.toContain(name);
      expect(
        (await ctx.app.inject({ method: 'GET', url: '/api/public/certificates/ZYZ-2015-AAAAAAAAAA' })).statusCode,
      ).toBe(404);
      expect((await ctx.app.inject({ method: 'GET', url: '/api/public/certificates/not-a-number' })).statusCode).toBe(
        400,
      );

      const monthly = await ok<{ teams: { teamId: string; missingMonths: string[] }[] }>(
        worker.get(`/api/volunteer/teams/monthly?year=${year - 1}`),
      );
      expect(monthly.teams.find((t) => t.teamId === team.id)?.missingMonths).toHaveLength(12);
      const volunteers = await ok<{ items: { id: string; verifiedMinutes: number }[] }>(
        worker.get(`/api/volunteer/volunteers?teamId=${team.id}`),
      );
      expect(volunteers.items).toEqual([]);
    });

    it("the residents' portal lists a community's upcoming activities to anyone (soonest first, no past ones, no names); signing up stays volunteer:self", async () => {
      const team = await ok<{ id: string }>(
        worker.post('/api/volunteer/teams', {
          communityId: c0().id,
          name: '门户志愿服务队',
          leaderName: '队长丙',
          foundedOn: '2015-01-01',
        }),
      );
      const create = (title: string, heldOn: string) =>
        ok<{ id: string }>(
          worker.post('/api/volunteer/activities', {
            teamId: team.id,
            title,
            theme: 'xiyang_mei',
            heldOn,
            place: '社区广场',
            capacity: 5,
          }),
        );
      const later = await create('门户·关爱空巢老人', dayOffset(9));
      const sooner = await create('门户·清洁家园', dayOffset(2));
      const past = await create('门户·往期活动', dayOffset(-3));
      const volunteer = await clientFor(ctx.app, ctx.deps, 'volunteer', c0().id);
      await ok(volunteer.post(`/api/my/activities/${sooner.id}/signup`));
      const volunteerName = (
        await ctx.deps.db
          .selectFrom('volunteers')
          .select('name')
          .where('user_id', '=', volunteer.userId)
          .executeTakeFirstOrThrow()
      ).name;

      const auditBefore = await countRows(ctx.deps, 'audit_log');
      const anon = await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${c0().id}/activities` });
      expect(anon.statusCode, anon.body).toBe(200);
      expect(await countRows(ctx.deps, 'audit_log')).toBe(auditBefore);
      const items = readJson<{ items: { id: string; heldOn: string }[] }>(anon).items;
      expect(items.map((a) => a.id).filter((id) => [later.id, sooner.id, past.id].includes(id))).toEqual([
        sooner.id,
        later.id,
      ]);
      expect(items.every((a) => a.heldOn >= today(systemClock))).toBe(true);
      expect(items.map((a) => a.heldOn)).toEqual(items.map((a) => a.heldOn).sort());
      expect(items.find((a) => a.id === sooner.id)).toEqual({
        id: sooner.id,
        teamId: team.id,
        teamName: '门户志愿服务队',
        communityId: c0().id,
        title: '门户·清洁家园',
        theme: 'xiyang_mei',
        heldOn: dayOffset(2),
        place: '社区广场',
        capacity: 5,
        signedUp: 1,
      });
      expect(anon.body).not.toContain(volunteerName);
      // Another community's list does not carry them; grids, subdistricts and unknown ids are not public communities.
      const other = readJson<{ items: { id: string }[] }>(
        await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${c1().id}/activities` }),
      );
      expect(other.items.map((a) => a.id)).not.toContain(sooner.id);
      for (const id of [c0().grids[0].id, fx.subdistricts[0].id, '01890000-0000-7000-8000-000000000000']) {
        expect(
          (await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${id}/activities` })).statusCode,
        ).toBe(404);
      }
      expect(
        (await ctx.app.inject({ method: 'GET', url: '/api/public/communities/not-an-id/activities' })).statusCode,
      ).toBe(400);
      // A resident reads the list (as anyone) but cannot sign up: that needs a volunteer's account.
      const resident = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
      expect((await resident.get(`/api/public/communities/${c0().id}/activities`)).statusCode).toBe(200);
      await fails(resident.post(`/api/my/activities/${later.id}/signup`), 403, 'FORBIDDEN');
    });

    it('100 simultaneous sign-ups for 30 places → exactly 30 signed up, the rest told it is full', async () => {
      const team = await ok<{ id: string }>(
        worker.post('/api/volunteer/teams', {
          communityId: c0().id,
          name: '并发测试队',
          leaderName: '队长',
          foundedOn: '2015-01-01',
        }),
      );
      const activity = await ok<{ id: string }>(
        worker.post('/api/volunteer/activities', {
          teamId: team.id,
          title: '抢报名',
          theme: 'other',
          heldOn: dayOffset(2),
          place: '广场',
          capacity: 30,
        }),
      );
      const clients: Client[] = [];
      for (let i = 0; i < 100; i++) clients.push(await clientFor(ctx.app, ctx.deps, 'volunteer', c0().id));
      const results = await Promise.all(clients.map((c) => c.post(`/api/my/activities/${activity.id}/signup`)));
      const codes = results.map((r) => r.statusCode);
      expect(codes.filter((s) => s === 200)).toHaveLength(30);
      expect(codes.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
      expect(
        results.filter((r) => r.statusCode === 409).every((r) => readJson<ErrorBody>(r).code === 'ACTIVITY_FULL'),
      ).toBe(true);
      const signups = await ctx.deps.db
        .selectFrom('activity_signups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('activity_id', '=', activity.id)
        .executeTakeFirstOrThrow();
      expect(Number(signups.n)).toBe(30);
      expect(
        (
          await ctx.deps.db
            .selectFrom('volunteer_activities')
            .select('signed_up')
            .where('id', '=', activity.id)
            .executeTakeFirstOrThrow()
        ).signed_up,
      ).toBe(30);
    });
  });

  describe('good deeds', () => {
    it('recorded, confirmed once by someone else', async () => {
      const deed = await ok<{ id: string; confirmedBy: string | null }>(
        worker.post('/api/good-deeds', {
          communityId: c0().id,
          doerKind: 'volunteer',
          doerName: '志愿者丙',
          beneficiary: '独居老人王某',
          doneOn: '2015-05-01',
          description: '帮助就医',
        }),
      );
      expect(deed.confirmedBy).toBeNull();
      await fails(worker.post(`/api/good-deeds/${deed.id}/confirm`), 409, 'CONFLICT');
      const confirmed = await ok<{ confirmedBy: string }>(secretary.post(`/api/good-deeds/${deed.id}/confirm`));
      expect(confirmed.confirmedBy).toBeTruthy();
      await fails(admin.post(`/api/good-deeds/${deed.id}/confirm`), 409, 'CONFLICT');
      const page = await ok<{ total: number }>(secretary.get('/api/good-deeds?year=2015'));
      expect(page.total).toBe(1);
      await fails(otherBranchSec.post(`/api/good-deeds/${deed.id}/confirm`), 403, 'FORBIDDEN');
    });
  });

  describe('"3+2+1" pairing', () => {
    it('quota compliance per helper under the stored rules, overdue contacts and unpaired needy residents', async () => {
      const leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', fx.subdistricts[0].id);
      const needy = c0().grids[0].residentIds[0];
      const before = await ok<{ unpairedNeedy: { residentId: string }[] }>(leader.get('/api/pairing/compliance'));
      expect(before.unpairedNeedy.map((r) => r.residentId)).toContain(needy);
      const pair = await ok<{ id: string; overdue: boolean; mine: boolean }>(
        leader.post('/api/pairing/pairs', {
          communityId: c0().id,
          helperRole: 'leader',
          helperName: '班子成员甲',
          helperUserId: leader.userId,
          targetKind: 'needy_resident',
          targetResidentId: needy,
          targetName: '困难户',
          startedOn: '2015-01-01',
        }),
      );
      expect(pair).toMatchObject({ overdue: true, mine: true });
      await fails(
        leader.post('/api/pairing/pairs', {
          communityId: c0().id,
          helperRole: 'leader',
          helperName: 'x',
          targetKind: 'needy_resident',
          targetResidentId: fx.subdistricts[1].communities[0].grids[0].residentIds[0],
          targetName: 'y',
          startedOn: '2015-01-01',
        }),
        404,
        'NOT_FOUND',
      );
      let view = await ok<{
        helpers: { helperName: string; targets: number; required: number; meetsQuota: boolean; overdue: number }[];
        overdue: { id: string }[];
        unpairedNeedy: { residentId: string }[];
      }>(leader.get('/api/pairing/compliance'));
      expect(view.helpers.find((h) => h.helperName === '班子成员甲')).toMatchObject({
        targets: 1,
        required: 3,
        meetsQuota: false,
        overdue: 1,
      });
      expect(view.overdue.map((o) => o.id)).toContain(pair.id);
      expect(view.unpairedNeedy.map((r) => r.residentId)).not.toContain(needy);

      await fails(
        leader.post(`/api/pairing/pairs/${pair.id}/contacts`, {
          contactedOn: dayOffset(1),
          kind: 'visit',
          note: '未来',
        }),
        400,
        'VALIDATION',
      );
      const photo = await ok<{ key: string }>(
        leader.request('POST', '/api/pairing/photos', await png(), { 'content-type': 'image/png' }),
      );
      const contact = await ok<{ id: string }>(
        leader.post(`/api/pairing/pairs/${pair.id}/contacts`, {
          contactedOn: today(systemClock),
          kind: 'visit',
          note: '入户走访，送米面油',
          photos: [photo.key],
        }),
      );
      expect((await leader.get(`/api/pairing/contacts/${contact.id}/photos/0`)).statusCode).toBe(200);
      await fails(otherBranchSec.get(`/api/pairing/contacts/${contact.id}/photos/0`), 404, 'NOT_FOUND');
      await fails(
        leader.request('PUT', '/api/pairing/rules', {
          rules: [{ helperRole: 'leader', minTargets: 1, contactDays: 31 }],
        }),
        403,
        'FORBIDDEN',
      );
      await ok(
        admin.request('PUT', '/api/pairing/rules', {
          rules: [{ helperRole: 'leader', minTargets: 1, contactDays: 31 }],
        }),
      );
      view = await ok(leader.get('/api/pairing/compliance'));
      expect(view.helpers.find((h) => h.helperName === '班子成员甲')).toMatchObject({
        targets: 1,
        required: 1,
        meetsQuota: true,
        overdue: 0,
      });
      expect(view.overdue.map((o) => o.id)).not.toContain(pair.id);
      await fails(
        otherBranchSec.post(`/api/pairing/pairs/${pair.id}/contacts`, {
          contactedOn: today(systemClock),
          kind: 'call',
          note: '越权',
        }),
        404,
        'NOT_FOUND',
      );
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', pair.id)
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['pairing.contact', 'pairing.create']);
      expect(
        (await ctx.deps.db.selectFrom('audit_log').select('action').where('subject_id', '=', photo.key).execute()).map(
          (a) => a.action,
        ),
      ).toEqual(['party_life.file_upload']);
    });
  });
});
