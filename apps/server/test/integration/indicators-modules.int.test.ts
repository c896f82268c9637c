import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, type Client } from '../sessions.ts';
import { freshCase, givePost, key, mediatingCase } from '../grid-support.ts';
import { installServices } from '../services-support.ts';
import { installPartyLife, signupIn, type PartyLifeObjects } from '../volunteers-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { actOnCase, recordSession } from '../../src/features/grid/cases.write.service.ts';
import { submitReport } from '../../src/features/grid/reports.service.ts';
import { createProject, actOnProject } from '../../src/features/premises/projects.service.ts';
import { createAllocation } from '../../src/features/funds/funds.service.ts';
import { actOnRequest, submitRequest } from '../../src/features/service-requests/requests.service.ts';
import { createTraining } from '../../src/features/trainings/trainings.service.ts';
import { createPost, registerFromPaper } from '../../src/features/in-service-members/in-service.service.ts';
import { addVolunteer, createActivity, createTeam } from '../../src/features/volunteering/volunteering.service.ts';
import { moveSignup } from '../../src/features/volunteering/signups.service.ts';
import { recordDeed } from '../../src/features/good-deeds/good-deeds.service.ts';
import { recordMeeting } from '../../src/features/party-life/party-life.service.ts';
import { newId } from '../../src/platform/ids.ts';
import { nowIsoOf, systemClock } from '../../src/platform/clock.ts';
import { today } from '../../src/platform/local-date.ts';

/**
 * The grid, services and party-life indicators computed from the small fixture with hand-checkable numbers.
 * Subdistrict 甲: communities 一 (grids A, B) and 二 (grids A, B), one needy resident per grid, one Party member per community.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Values {
  values: { code: string; value: number | null }[];
}

const Q1 = 'from=2015-01-01&to=2015-03-31';

describe('indicators of grid governance, services and party life', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let o: PartyLifeObjects;
  // The period ends on today's Asia/Shanghai day, the day records written now count on.
  const wide = `from=2015-01-01&to=${today(systemClock)}`;
  const valuesOf = async (query: string, unitId?: string) => {
    const v = readJson<Values>(await admin.get(`/api/indicators/values?${query}${unitId ? `&unitId=${unitId}` : ''}`));
    return Object.fromEntries(v.values.map((x) => [x.code, x.value]));
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    const system = systemActor();
    const sub = fx.subdistricts[0];
    const [c1, c2] = sub.communities;
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', sub.id);

    // ---- grid: daily reports 2025-03-01..10 (4 grids × 10 days = 40 expected): grid 一A files 10, grid 二A files 4 ----
    for (const [grid, days] of [
      [c1.grids[0].id, 10],
      [c2.grids[0].id, 4],
    ] as const) {
      const user = await makeUser(ctx.deps, 'grid_worker', grid);
      await givePost(ctx.deps, grid, user.id, 'specialist');
      const reporter = { ...system, userId: user.id };
      for (let d = 1; d <= days; d++) {
        const day = `2025-03-${String(d).padStart(2, '0')}`;
        await submitReport(
          ctx.deps,
          reporter,
          { gridId: grid, zero: true, items: [], idempotencyKey: key() } as Parameters<typeof submitReport>[2],
          `${day}T02:00:00.000Z`,
        );
      }
    }
    // ---- grid cases: 一A: resolved at grid (agreement) + one just registered; 一B: resolved at grid; 二A: failed then escalated, resolved by the community ----
    const staff1 = await makeUser(ctx.deps, 'grid_worker', c1.id);
    const staff2 = await makeUser(ctx.deps, 'grid_worker', c2.id);
    for (const grid of [c1.grids[0].id, c1.grids[1].id]) {
      const c = await mediatingCase(ctx.deps, grid, staff1.id);
      await recordSession(ctx.deps, system, c.id, {
        heldOn: today(systemClock),
        mediators: ['调解员'],
        outcome: 'agreement',
        notes: '',
      });
      await actOnCase(ctx.deps, system, c.id, { action: 'resolve', agreement: '协议' });
    }
    await freshCase(ctx.deps, c1.grids[0].id);
    const hard = await mediatingCase(ctx.deps, c2.grids[0].id, staff2.id);
    await recordSession(ctx.deps, system, hard.id, {
      heldOn: today(systemClock),
      mediators: ['调解员'],
      outcome: 'no_agreement',
      notes: '',
    });
    await actOnCase(ctx.deps, system, hard.id, { action: 'fail', reason: '未达成' });
    await actOnCase(ctx.deps, system, hard.id, { action: 'escalate' });
    await actOnCase(ctx.deps, system, hard.id, { action: 'accept' });
    await actOnCase(ctx.deps, system, hard.id, { action: 'assign', assigneeId: staff2.id });
    await actOnCase(ctx.deps, system, hard.id, { action: 'mediate' });
    await recordSession(ctx.deps, system, hard.id, {
      heldOn: today(systemClock),
      mediators: ['社区调解员'],
      outcome: 'agreement',
      notes: '',
    });
    await actOnCase(ctx.deps, system, hard.id, { action: 'resolve', agreement: '协议' });

    // ---- services: 800 m² each (in use since 2014); 一 adds 300 m² on 2015-02-01 → 1,100 + 800; funds; 2 requests handled, rated 5 and 2 ----
    const s1 = await installServices(ctx.deps, c1.id);
    await installServices(ctx.deps, c2.id);
    const project = await createProject(ctx.deps, system, {
      premisesId: s1.premisesId,
      name: '扩建',
      adds: 'area',
      budgetFen: 100_000_00,
      fundSource: '社区建设专项经费',
      allocationId: null,
      priorityProject: true,
      priorityFunds: false,
      priorityEquipment: false,
      plannedAreaM2: 300,
      equipment: '',
    });
    await actOnProject(ctx.deps, system, project.id, { action: 'start', on: '2015-01-10' });
    await actOnProject(ctx.deps, system, project.id, { action: 'complete', on: '2015-02-01', areaAddedM2: 300 });
    await createAllocation(ctx.deps, system, {
      recipientUnitId: c1.id,
      year: 2015,
      kind: 'community_construction',
      purpose: '阵地建设',
      amountFen: 12_345_67,
      allocatedOn: '2015-03-15',
    });
    await createAllocation(ctx.deps, system, {
      recipientUnitId: c2.id,
      year: 2015,
      kind: 'party_building',
      purpose: '党建经费',
      amountFen: 50_000_00,
      allocatedOn: '2015-03-20',
    });
    await createAllocation(ctx.deps, system, {
      recipientUnitId: c2.id,
      year: 2015,
      kind: 'party_building',
      purpose: '党建经费（二）',
      amountFen: 10_000_00,
      allocatedOn: '2015-06-20',
    });
    await createAllocation(ctx.deps, system, {
      recipientUnitId: c1.id,
      year: 2015,
      kind: 'other',
      purpose: '其他',
      amountFen: 1_000_00,
      allocatedOn: '2015-03-20',
    });
    const resident = {
      ...system,
      userId: (await makeUser(ctx.deps, 'resident', c1.id)).id,
      role: 'resident' as const,
      displayName: '居民',
    };
    for (const rating of [5, 2, null]) {
      const r = await submitRequest(ctx.deps, resident, {
        serviceId: s1.providerServiceId,
        description: '需要送餐',
        address: '测试路1号院',
      });
      for (const step of [
        { action: 'accept' },
        { action: 'dispatch', assigneeKind: 'provider', assigneeId: s1.providerId },
        { action: 'start' },
        { action: 'complete' },
      ] as const) {
        await actOnRequest(ctx.deps, system, r.id, { note: '', ...step });
      }
      if (rating !== null) await actOnRequest(ctx.deps, resident, r.id, { action: 'rate', rating, note: '' });
    }
    await submitRequest(ctx.deps, resident, {
      serviceId: s1.providerServiceId,
      description: '尚未办结',
      address: '测试路1号院',
    });

    // ---- party life: trainings, in-service members, teams, volunteers, activities, hours, deeds, pairing, learning, 三会一课 ----
    o = await installPartyLife(ctx.deps, fx); // 一: an in-service member (2015-03-01), a team and a volunteer (2015-01-01), a needy resident paired
    await createTraining(ctx.deps, system, {
      unitId: sub.id,
      kind: 'pre_job',
      title: '岗前培训',
      heldOn: '2015-01-20',
      place: '街道',
      participants: [],
    });
    await createTraining(ctx.deps, system, {
      unitId: c1.id,
      kind: 'study_visit',
      title: '考察学习',
      heldOn: '2015-02-10',
      place: '兰考',
      participants: [],
    });
    await createTraining(ctx.deps, system, {
      unitId: c1.id,
      kind: 'business',
      title: '业务培训',
      heldOn: '2015-03-01',
      place: '社区',
      participants: [],
    });
    await createTraining(ctx.deps, system, {
      unitId: c2.id,
      kind: 'study_visit',
      title: '考察学习（二）',
      heldOn: '2015-05-10',
      place: '上海',
      participants: [],
    });
    const post2 = await createPost(ctx.deps, system, { communityId: c2.id, name: '助老岗', description: '' });
    await registerFromPaper(ctx.deps, system, {
      communityId: c2.id,
      registeredOn: '2015-06-01',
      name: '报到党员乙',
      workUnit: '区教育局',
      workPartyOrg: '区教育局党委',
      skills: '教育',
      postId: post2.id,
    });
    const team2 = await createTeam(ctx.deps, system, {
      communityId: c2.id,
      name: '夕阳美志愿服务队',
      leaderName: '队长乙',
      foundedOn: '2015-05-01',
    });
    await addVolunteer(ctx.deps, system, { teamId: team2.id, name: '志愿者乙', joinedOn: '2015-02-01' });
    await createActivity(ctx.deps, system, {
      teamId: o.teamId,
      title: '二月活动',
      theme: 'dangqi_hong',
      heldOn: '2015-02-15',
      place: '广场',
      capacity: 30,
    });
    await createActivity(ctx.deps, system, {
      teamId: o.teamId,
      title: '三月活动',
      theme: 'dangqi_hong',
      heldOn: '2015-03-15',
      place: '广场',
      capacity: 30,
    });
    await createActivity(ctx.deps, system, {
      teamId: team2.id,
      title: '四月活动',
      theme: 'xiyang_mei',
      heldOn: '2015-04-01',
      place: '广场',
      capacity: 30,
    });
    for (let i = 0; i < 2; i++)
      await moveSignup(ctx.deps, system, await signupIn(ctx.deps, o, c1.id, 'recorded'), 'verify'); // 150 min each
    await signupIn(ctx.deps, o, c1.id, 'recorded'); // recorded, not verified: does not count
    await recordDeed(ctx.deps, system, {
      communityId: c1.id,
      doerKind: 'member',
      doerName: '党员甲',
      beneficiary: '独居老人',
      doneOn: '2015-03-05',
      description: '买菜',
    });
    await recordDeed(ctx.deps, system, {
      communityId: c2.id,
      doerKind: 'volunteer',
      doerName: '志愿者乙',
      beneficiary: '困难家庭',
      doneOn: '2015-03-06',
      description: '维修',
    });
    await recordDeed(ctx.deps, system, {
      communityId: c2.id,
      doerKind: 'volunteer',
      doerName: '志愿者乙',
      beneficiary: '困难家庭',
      doneOn: '2015-07-01',
      description: '维修',
    });
    const course = await ctx.deps.db.selectFrom('courses').select('id').limit(1).executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('learning_records')
      .values({
        id: newId(),
        course_id: course.id,
        member_id: c1.memberId,
        minutes: 30,
        completed: 1,
        quiz_score: 100,
        created_at: '2015-02-01T08:00:00.000Z',
        updated_at: nowIsoOf(systemClock),
      })
      .execute();
    const meeting = { topic: '学习', due: 10, present: 9, minutes: '记录', photos: [] as string[] };
    for (const [kind, heldOn] of [
      ['committee_meeting', '2015-01-10'],
      ['committee_meeting', '2015-01-20'],
      ['group_meeting', '2015-01-12'],
      ['theme_day', '2015-01-15'],
      ['members_assembly', '2015-02-10'],
    ] as const) {
      await recordMeeting(ctx.deps, system, { ...meeting, branchId: c1.branchId, kind, heldOn });
    }
  }, 120_000);

  it('daily-report compliance: 14 of 40 reports for the subdistrict, 10 of 20 for community 一', async () => {
    const p = 'from=2025-03-01&to=2025-03-10';
    const v = await valuesOf(p);
    expect([v['grid.reports'], v['grid.reports_expected'], v['grid.report_compliance']]).toEqual([14, 40, 0.35]);
    const c1 = await valuesOf(p, fx.subdistricts[0].communities[0].id);
    expect([c1['grid.reports'], c1['grid.reports_expected'], c1['grid.report_compliance']]).toEqual([10, 20, 0.5]);
    const grid = await valuesOf(p, fx.subdistricts[0].communities[1].grids[0].id);
    expect(grid['grid.report_compliance']).toBe(0.4);
  });

  it('disputes screened, mediated, resolved, resolved at grid level, mediation success', async () => {
    const v = await valuesOf(wide);
    expect(v['grid.disputes_screened']).toBe(4);
    expect(v['grid.mediations']).toBe(4);
    expect(v['grid.mediation_agreements']).toBe(3);
    expect(v['grid.mediation_success']).toBe(0.75);
    expect(v['grid.disputes_resolved']).toBe(3);
    expect(v['grid.resolved_at_grid']).toBe(2);
    expect(v['grid.source_governance']).toBe(0.667);
    const c2 = await valuesOf(wide, fx.subdistricts[0].communities[1].id);
    expect([
      c2['grid.disputes_screened'],
      c2['grid.disputes_resolved'],
      c2['grid.resolved_at_grid'],
      c2['grid.source_governance'],
    ]).toEqual([1, 1, 0, 0]);
    expect((await valuesOf('from=2015-01-01&to=2015-12-31'))['grid.disputes_screened']).toBe(0);
  });

  it('service area at the end of the period, area added in it, share of communities at 1,000 m²', async () => {
    const v = await valuesOf(Q1);
    expect([
      v['services.area'],
      v['services.area_added'],
      v['services.large_communities'],
      v['services.communities'],
      v['services.large_share'],
    ]).toEqual([1_900, 300, 1, 2, 0.5]);
    const january = await valuesOf('from=2015-01-01&to=2015-01-31');
    expect([january['services.area'], january['services.area_added'], january['services.large_communities']]).toEqual([
      1_600, 0, 0,
    ]);
    expect((await valuesOf(Q1, fx.subdistricts[0].communities[0].id))['services.large_share']).toBeNull();
  });

  it('construction and Party-building funds allocated, fen shown as yuan', async () => {
    const v = await valuesOf(Q1);
    expect(v['services.construction_fund']).toBe(123_45.67);
    expect(v['services.party_fund']).toBe(50_000);
    expect((await valuesOf('from=2015-01-01&to=2015-12-31'))['services.party_fund']).toBe(60_000);
  });

  it('service requests handled and satisfaction (average of the ratings given)', async () => {
    const v = await valuesOf(wide);
    expect([
      v['services.requests_handled'],
      v['services.requests_rated'],
      v['services.rating_points'],
      v['services.satisfaction'],
    ]).toEqual([3, 2, 7, 3.5]);
    expect((await valuesOf(wide, fx.subdistricts[0].communities[1].id))['services.satisfaction']).toBeNull();
  });

  it('trainings and study visits', async () => {
    const v = await valuesOf(Q1);
    expect([v['party_life.trainings'], v['party_life.study_visits']]).toEqual([2, 1]);
    const c1 = await valuesOf(Q1, fx.subdistricts[0].communities[0].id);
    expect([c1['party_life.trainings'], c1['party_life.study_visits']]).toEqual([1, 1]);
    expect((await valuesOf('from=2015-01-01&to=2015-12-31'))['party_life.study_visits']).toBe(2);
  });

  it('in-service members, teams and volunteers are stocks at the end of the period', async () => {
    const q1 = await valuesOf(Q1);
    expect([
      q1['party_life.in_service_members'],
      q1['party_life.volunteer_teams'],
      q1['party_life.volunteers'],
    ]).toEqual([1, 1, 2 + 3]);
    const year = await valuesOf('from=2015-01-01&to=2015-12-31');
    expect([year['party_life.in_service_members'], year['party_life.volunteer_teams']]).toEqual([2, 2]);
  });

  it('volunteer activities held, verified hours, good deeds', async () => {
    const q1 = await valuesOf(Q1);
    expect([q1['party_life.volunteer_activities'], q1['party_life.good_deeds']]).toEqual([2, 2]);
    const v = await valuesOf(wide);
    expect([v['party_life.volunteer_activities'], v['party_life.good_deeds'], v['party_life.volunteer_hours']]).toEqual(
      [3, 3, 5],
    ); // the fixture's activity 30 days ahead is outside
  });

  it('pairing coverage: 1 of 4 needy residents paired (1 of 2 in community 一); education coverage 1 of 2 members', async () => {
    const v = await valuesOf(Q1);
    expect([v['party_life.needy_paired'], v['party_life.needy_households'], v['party_life.pairing_coverage']]).toEqual([
      1, 4, 0.25,
    ]);
    expect((await valuesOf(Q1, fx.subdistricts[0].communities[0].id))['party_life.pairing_coverage']).toBe(0.5);
    expect([v['party_life.members_learning'], v['party_life.members'], v['party_life.education_coverage']]).toEqual([
      1, 2, 0.5,
    ]);
    expect((await valuesOf('from=2014-01-01&to=2014-12-31'))['party_life.education_coverage']).toBe(0);
  });

  it('三会一课 completion: 4 of 11 slots of the first quarter in community 一 (a second committee meeting in January counts once)', async () => {
    const c1 = await valuesOf(Q1, fx.subdistricts[0].communities[0].id);
    expect([
      c1['party_life.org_life_held'],
      c1['party_life.org_life_required'],
      c1['party_life.org_life_completion'],
    ]).toEqual([4, 11, 0.364]);
    const v = await valuesOf(Q1);
    expect([
      v['party_life.org_life_held'],
      v['party_life.org_life_required'],
      v['party_life.org_life_completion'],
    ]).toEqual([4, 22, 0.182]);
  });

  it('adding a good deed through the API moves the figure', async () => {
    const c2 = fx.subdistricts[0].communities[1];
    const before = (await valuesOf(Q1))['party_life.good_deeds'] as number;
    const res = await admin.post('/api/good-deeds', {
      communityId: c2.id,
      doerKind: 'member',
      doerName: '党员丙',
      beneficiary: '独居老人',
      doneOn: '2015-03-10',
      description: '送药',
    });
    expect(res.statusCode).toBe(200);
    expect((await valuesOf(Q1))['party_life.good_deeds']).toBe(before + 1);
  });
});
