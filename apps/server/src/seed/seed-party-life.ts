import { maskName, type EvaluationGrade, type HelperRole, type OrgLifeKind, type TargetKind } from '@jishi/shared';
import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import type { Conn } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { audited } from '../features/audit/audit.service.ts';
import { insertClosedMonth, insertMeetings } from '../features/party-life/party-life.repo.ts';
import { ORG_LIFE_FREQUENCY } from '../features/party-life/party-life.rules.ts';
import { createCourse } from '../features/education/education.service.ts';
import { insertMemberAccount, insertPlan, insertRecords } from '../features/education/education.repo.ts';
import { createTraining } from '../features/trainings/trainings.service.ts';
import {
  insertEvaluation,
  insertJointUnit,
  insertMembers as insertInServiceMembers,
  insertPost,
  insertRecords as insertServiceRecords,
} from '../features/in-service-members/in-service.repo.ts';
import type { InServiceMemberTable } from '../features/in-service-members/in-service.table.ts';
import {
  insertActivities,
  insertCertificate,
  insertSignups,
  insertTeam,
  insertVolunteers,
} from '../features/volunteering/volunteering.repo.ts';
import { certificateNumber } from '../features/volunteering/certificate.ts';
import { starLevel } from '../features/volunteering/volunteering.workflow.ts';
import { insertDeeds } from '../features/good-deeds/good-deeds.repo.ts';
import { insertContacts, insertPairings } from '../features/pairing/pairing.repo.ts';
import type { PairingContactTable, PairingTable } from '../features/pairing/pairing.table.ts';
import type { GoodDeedTable } from '../features/good-deeds/good-deeds.table.ts';
import type {
  ActivitySignupTable,
  VolunteerActivityTable,
  VolunteerTable,
} from '../features/volunteering/volunteering.table.ts';
import { personName, pick, prng } from './people-generator.ts';
import type { SeededTerritory } from './seed-territory.ts';
import { today, addDays } from '../platform/local-date.ts';
import { nowIsoOf } from '../platform/clock.ts';

/**
 * Party members and volunteers, as the article describes 2015: 3 study visits and 8
 * trainings, 63 in-service members, 27 volunteer teams with 400+ volunteers and monthly
 * activities, 1000+ good deeds, "3+2+1" pairing, 三会一课 records with a few gaps, courses and
 * learning. Courses and trainings go through the services; everything else is bulk-inserted through
 * the repos, one audit record per batch of up to 200 rows (action `*.seed`), to keep the seed fast on
 * every engine (the demo loads when a server first starts).
 */
const YEAR = 2015;
const month = (m: number) => `${YEAR}-${String(m).padStart(2, '0')}`;
const day = (m: number, d: number) => `${month(m)}-${String(d).padStart(2, '0')}`;

async function bulk<T>(
  deps: Deps,
  actor: Actor,
  action: string,
  orgPath: string,
  rows: T[],
  insert: (db: Conn, rows: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await audited(deps, actor, { action, subjectType: 'seed', orgPath, changes: { count: chunk.length } }, (trx) =>
      insert(trx, chunk),
    );
  }
}

interface Community {
  name: string;
  id: string;
  path: string;
}

export async function seedPartyLife(
  deps: Deps,
  actor: Actor,
  t: SeededTerritory,
  accounts: { leader: Actor | null; member: Actor | null; volunteer: Actor | null },
): Promise<void> {
  const rand = prng(2016);
  const sub = await deps.db
    .selectFrom('org_units')
    .select(['id', 'path'])
    .where('id', '=', t.subdistrictId)
    .executeTakeFirstOrThrow();
  const communities: Community[] = [];
  for (const [name, id] of t.communities) {
    const row = await deps.db
      .selectFrom('org_units')
      .select(['path', 'valid_to'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (row.valid_to === null) communities.push({ name, id, path: row.path });
  }
  const branches = await deps.db
    .selectFrom('party_orgs as b')
    .innerJoin('org_units as t', 't.id', 'b.territory_id')
    .select(['b.id', 'b.name', 't.id as community_id', 't.path'])
    .where('b.kind', '=', 'branch')
    .orderBy('b.name')
    .execute();

  // ---- Education: courses, a plan per branch, learning records for most members ----
  const courseIds: string[] = [];
  for (const [title, kind, minutes] of [
    ['学习《中国共产党章程》', 'article', 45],
    ['"三严三实"专题教育', 'article', 60],
    ['社区治理与基层党建', 'pdf', 90],
    ['党员先锋模范作用', 'video', 30],
    ['廉洁自律准则解读', 'article', 40],
    ['志愿服务记录办法', 'article', 20],
  ] as const) {
    const c = await createCourse(deps, actor, {
      unitId: t.subdistrictId,
      title,
      kind,
      minutes,
      body: `${title}（演示课程）`,
      quiz: [{ question: `${title}：是否已学习？`, options: ['是', '否'], answer: 0 }],
    });
    courseIds.push(c.id);
  }
  const members = await deps.db.selectFrom('party_members').select(['id', 'branch_id']).orderBy('id').execute();
  await bulk(
    deps,
    actor,
    'study_plan.seed',
    sub.path,
    branches.map((b) => ({
      id: newId(),
      branch_id: b.id,
      year: YEAR,
      title: `${b.name}${YEAR}年学习计划`,
      course_ids: JSON.stringify(courseIds),
      created_at: nowIsoOf(deps.clock),
    })),
    async (db, rows) => {
      for (const r of rows) await insertPlan(db, r);
    },
  );
  const now = nowIsoOf(deps.clock);
  const learning = members
    .filter(() => rand() < 0.75)
    .flatMap((m) =>
      courseIds
        .filter(() => rand() < 0.6)
        .map((courseId) => ({
          id: newId(),
          course_id: courseId,
          member_id: m.id,
          minutes: 20 + Math.floor(rand() * 60),
          completed: rand() < 0.7 ? 1 : 0,
          quiz_score: rand() < 0.5 ? 100 : null,
          created_at: `${day(1 + Math.floor(rand() * 12), 10)}T08:00:00.000Z`,
          updated_at: `${day(1 + Math.floor(rand() * 12), 20)}T08:00:00.000Z`,
        })),
    );
  await bulk(deps, actor, 'learning.seed', sub.path, learning, insertRecords);
  const memberAccount = accounts.member;
  if (memberAccount) {
    const qinjiang = branches.find((b) => b.name === '秦江社区第一党支部');
    const m = members.find((x) => x.branch_id === qinjiang?.id);
    if (m)
      await audited(
        deps,
        actor,
        { action: 'member_account.link', subjectType: 'party_member', subjectId: m.id, orgPath: sub.path },
        (trx) => insertMemberAccount(trx, { user_id: memberAccount.userId, member_id: m.id, linked_at: now }),
      );
  }

  // ---- 三会一课 in 2015: every required meeting, with a few gaps for the checks to flag ----
  const meetings = branches.flatMap((b, bi) =>
    (Object.keys(ORG_LIFE_FREQUENCY) as OrgLifeKind[]).flatMap((kind) => {
      const f = ORG_LIFE_FREQUENCY[kind];
      const months =
        f === 'monthly' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : f === 'quarterly' ? [3, 6, 9, 12] : [12];
      return months
        .filter(
          (m) =>
            !(bi % 5 === 2 && kind === 'theme_day' && (m === 4 || m === 8)) &&
            !(bi % 7 === 3 && kind === 'party_lecture' && m === 6),
        )
        .map((m) => ({
          id: newId(),
          branch_id: b.id,
          kind,
          held_on: day(m, 8 + (bi % 15)),
          topic: `${month(m)} ${kind === 'democratic_life' ? '"三严三实"专题民主生活会' : '学习与组织生活'}`,
          due: 12,
          present: 9 + Math.floor(rand() * 4),
          minutes_text: '会议记录（演示）',
          photos: '[]',
          recorded_by: actor.userId,
          created_at: now,
        }));
    }),
  );
  await bulk(deps, actor, 'org_life.seed', sub.path, meetings, insertMeetings);
  const closed = branches
    .filter((x) => x.name.startsWith('秦江'))
    .flatMap((b) =>
      Array.from({ length: 12 }, (_, k) => ({
        branch_id: b.id,
        month: month(k + 1),
        closed_at: now,
        closed_by: actor.userId,
      })),
    );
  await bulk(deps, actor, 'org_life.seed_close_months', sub.path, closed, async (db, rows) => {
    for (const r of rows) await insertClosedMonth(db, r);
  });

  // ---- Trainings: 3 study visits and 8 trainings for secretaries and directors ----
  const trainees = communities.flatMap((c) => [
    { name: `${c.name.replace('社区', '')}书记`, post: '社区书记' },
    { name: `${c.name.replace('社区', '')}主任`, post: '社区主任' },
  ]);
  const trainings = [
    ['study_visit', '赴兰考焦裕禄干部学院考察学习', 3],
    ['study_visit', '赴上海社区党建考察学习', 5],
    ['study_visit', '赴杭州网格化管理考察学习', 9],
    ['pre_job', '新任社区干部岗前培训', 2],
    ['in_service', '社区工作者在职培训', 4],
    ['in_service', '网格员业务培训', 6],
    ['meeting_as_training', '以会代训：社区议事规则', 7],
    ['meeting_as_training', '以会代训：权力清单运行', 8],
    ['business', '党建业务知识培训（一）', 10],
    ['business', '党建业务知识培训（二）', 11],
    ['business', '党费收缴与管理培训', 12],
  ] as const;
  for (const [kind, title, m] of trainings) {
    await createTraining(deps, actor, {
      unitId: t.subdistrictId,
      kind,
      title,
      heldOn: day(m, 15),
      place: kind === 'study_visit' ? title.slice(1, 3) : '街道党群服务中心',
      participants: trainees.map((p) => ({ ...p, attended: rand() < 0.92 })),
    });
  }

  // ---- In-service members: 63 registered, service posts, records, yearly evaluation, joint-building units ----
  const posts = new Map<string, string[]>();
  const postRows = communities.flatMap((c) =>
    ['政策宣传岗', '文明劝导岗', '治安巡逻岗', '助老助残岗', '环境保护岗', '法律咨询岗'].map((name) => ({
      id: newId(),
      community_id: c.id,
      name,
      description: `${name}（演示）`,
      created_at: now,
    })),
  );
  for (const r of postRows) posts.set(r.community_id, [...(posts.get(r.community_id) ?? []), r.id]);
  await bulk(deps, actor, 'service_post.seed', sub.path, postRows, async (db, rows) => {
    for (const r of rows) await insertPost(db, r);
  });
  const jointRows = communities.flatMap((c) =>
    (
      [
        ['中原区税务局', '中原区税务局党组'],
        ['郑州市第九人民医院', '郑州市第九人民医院党委'],
      ] as const
    ).map(([unit, org]) => ({
      id: newId(),
      community_id: c.id,
      name: unit,
      party_org: org,
      contact_name: personName(rand),
      commitments: '结对共建、志愿服务',
      registered_on: day(3, 1),
      created_at: now,
    })),
  );
  await bulk(deps, actor, 'joint_unit.seed', sub.path, jointRows, async (db, rows) => {
    for (const r of rows) await insertJointUnit(db, r);
  });
  const employers = [
    ['郑州市电力公司', '郑州市电力公司党委'],
    ['中原区教育局', '中原区教育局机关党委'],
    ['郑州市自来水公司', '郑州市自来水公司党委'],
    ['中原区人民法院', '中原区人民法院党组'],
    ['郑州市第一中学', '郑州市第一中学党总支'],
  ] as const;
  const serviceRecords = [];
  const inService: InServiceMemberTable[] = [];
  const evaluations = [];
  for (let i = 0; i < 63; i++) {
    const c = communities[i % communities.length];
    const [workUnit, workPartyOrg] = employers[i % employers.length];
    const home = branches.filter((b) => b.community_id === c.id); // received by one of the community's branches
    const m: InServiceMemberTable = {
      id: newId(),
      community_id: c.id,
      user_id: null,
      name: personName(rand),
      phone_enc: null,
      phone_bidx: null,
      phone_mask: null,
      work_unit: workUnit,
      work_party_org: workPartyOrg,
      skills: pick(rand, ['法律', '医疗', '教育', '维修', '文艺', '电脑']),
      post_id: pick(rand, posts.get(c.id) ?? []),
      grid_id: null,
      branch_id: home[Math.floor(i / communities.length) % home.length]?.id ?? null,
      source: 'paper',
      registered_on: day(1 + (i % 10), 5 + (i % 20)),
      demo: 1,
      created_at: now,
      updated_at: now,
    };
    inService.push(m);
    for (let k = 0; k < 4 + Math.floor(rand() * 6); k++) {
      serviceRecords.push({
        id: newId(),
        member_id: m.id,
        served_on: day(2 + Math.floor(rand() * 10), 1 + Math.floor(rand() * 27)),
        description: '社区志愿服务',
        minutes: 60 + Math.floor(rand() * 120),
        recorded_by: actor.userId,
        created_at: now,
      });
    }
    if (i % 9 !== 4)
      evaluations.push({
        id: newId(),
        member_id: m.id,
        year: YEAR,
        grade: pick<EvaluationGrade>(rand, ['excellent', 'good', 'good', 'fair']),
        comment: '',
        evaluated_by: actor.userId,
        created_at: now,
      });
  }
  await bulk(deps, actor, 'in_service.seed', sub.path, inService, insertInServiceMembers);
  await bulk(deps, actor, 'in_service.seed_records', sub.path, serviceRecords, insertServiceRecords);
  await bulk(deps, actor, 'in_service.seed_evaluations', sub.path, evaluations, async (db, rows) => {
    for (const r of rows) await insertEvaluation(db, r);
  });

  // ---- Volunteering: 27 teams, 400+ volunteers, monthly activities (a few months missed), verified hours ----
  const teamNames = ['党旗红志愿服务队', '夕阳美志愿服务队', '党徽映中原志愿服务队', '拆迁不离党志愿服务队'];
  const themes = ['dangqi_hong', 'xiyang_mei', 'danghui_zhongyuan', 'chaiqian_budang'] as const;
  const teams: { id: string; community: Community; theme: (typeof themes)[number] }[] = [];
  const teamRows = [];
  for (let i = 0; i < 27; i++) {
    const community = communities[i % communities.length];
    const ti = Math.floor(i / communities.length) % teamNames.length;
    const row = {
      id: newId(),
      community_id: community.id,
      name: `${community.name.replace('社区', '')}${teamNames[ti]}`,
      leader_name: personName(rand),
      founded_on: day(1, 1),
      created_at: now,
    };
    teamRows.push(row);
    teams.push({ id: row.id, community, theme: themes[ti] });
  }
  await bulk(deps, actor, 'volunteer_team.seed', sub.path, teamRows, async (db, rows) => {
    for (const r of rows) await insertTeam(db, r);
  });
  const volunteers: VolunteerTable[] = [];
  for (const team of teams)
    for (let k = 0; k < 15; k++)
      volunteers.push({
        id: newId(),
        community_id: team.community.id,
        team_id: team.id,
        user_id: null,
        name: personName(rand),
        joined_on: day(1, 1 + k),
        created_at: now,
      });
  const volunteerAccount = accounts.volunteer;
  const demoVolunteer = volunteerAccount
    ? {
        id: newId(),
        community_id: volunteerAccount.scopeUnitId,
        team_id: teams.find((x) => x.community.id === volunteerAccount.scopeUnitId)?.id ?? teams[0].id,
        user_id: volunteerAccount.userId,
        name: volunteerAccount.displayName,
        joined_on: day(1, 1),
        created_at: now,
      }
    : null;
  if (demoVolunteer) volunteers.push(demoVolunteer);
  await bulk(deps, actor, 'volunteer.seed', sub.path, volunteers, insertVolunteers);

  const activities: VolunteerActivityTable[] = [];
  const signups: ActivitySignupTable[] = [];
  for (const [ti, team] of teams.entries()) {
    const members = volunteers.filter((v) => v.team_id === team.id);
    for (let m = 1; m <= 12; m++) {
      if ((ti % 9 === 5 && (m === 2 || m === 7)) || (ti === 13 && m === 11)) continue; // a few teams miss months: the monthly check flags them
      const a = {
        id: newId(),
        team_id: team.id,
        community_id: team.community.id,
        title: `${month(m)} 主题志愿活动`,
        theme: team.theme,
        held_on: day(m, 12),
        place: `${team.community.name}党群服务中心`,
        capacity: 30,
        signed_up: 0,
        created_by: actor.userId,
        created_at: now,
      };
      const who = members.filter(() => rand() < 0.6);
      a.signed_up = who.length;
      activities.push(a);
      for (const v of who) {
        const minutes = 90 + Math.floor(rand() * 8) * 15;
        signups.push({
          id: newId(),
          activity_id: a.id,
          volunteer_id: v.id,
          status: 'verified',
          checked_in_at: `${a.held_on}T01:00:00.000Z`,
          checked_out_at: `${a.held_on}T05:00:00.000Z`,
          service_minutes: minutes,
          recorded_by: actor.userId,
          verified_at: `${a.held_on}T12:00:00.000Z`,
          verified_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
      }
    }
    // Upcoming activities, open for sign-up (relative to the day the demo is loaded).
    for (const ahead of [3, 10]) {
      activities.push({
        id: newId(),
        team_id: team.id,
        community_id: team.community.id,
        title: ahead === 3 ? '清洁家园志愿活动' : '关爱空巢老人志愿活动',
        theme: team.theme,
        held_on: addDays(today(deps.clock), ahead),
        place: `${team.community.name}广场`,
        capacity: 20,
        signed_up: 0,
        created_by: actor.userId,
        created_at: now,
      });
    }
  }
  await bulk(deps, actor, 'volunteer_activity.seed', sub.path, activities, insertActivities);
  await bulk(deps, actor, 'volunteer_signup.seed', sub.path, signups, insertSignups);
  if (demoVolunteer) {
    const minutes = signups
      .filter((s) => s.volunteer_id === demoVolunteer.id)
      .reduce((n, s) => n + (s.service_minutes ?? 0), 0);
    if (minutes > 0) {
      const row = {
        id: newId(),
        number: certificateNumber(String(YEAR)),
        volunteer_id: demoVolunteer.id,
        masked_name: maskName(demoVolunteer.name),
        service_minutes: minutes,
        star_level: starLevel(minutes),
        issued_on: day(12, 31),
        created_at: now,
      };
      await audited(
        deps,
        actor,
        {
          action: 'volunteer_certificate.issue',
          subjectType: 'volunteer_certificate',
          subjectId: row.id,
          orgPath: sub.path,
        },
        (trx) => insertCertificate(trx, row),
      );
    }
  }

  // ---- Good deeds: 1000+ recorded in 2015 and confirmed ----
  const deeds = Array.from({ length: 1056 }, (_, i): GoodDeedTable => {
    const c = communities[i % communities.length];
    const m = 1 + (i % 12);
    return {
      id: newId(),
      community_id: c.id,
      doer_kind: i % 3 === 0 ? 'volunteer' : 'member',
      doer_name: personName(rand),
      beneficiary: pick(rand, ['独居老人', '困难家庭', '残疾居民', '留守儿童', '社区居民']),
      done_on: day(m, 1 + (i % 27)),
      description: pick(rand, [
        '帮助买菜送药',
        '义务维修水电',
        '陪同就医',
        '清理楼道杂物',
        '调解邻里纠纷',
        '辅导学生功课',
      ]),
      recorded_by: actor.userId,
      confirmed_by: actor.userId,
      confirmed_by_name: `${c.name}党委`,
      confirmed_at: `${day(m, 28)}T08:00:00.000Z`,
      created_at: now,
    };
  });
  await bulk(deps, actor, 'good_deed.seed', sub.path, deeds, insertDeeds);

  // ---- "3+2+1" pairing: leadership members ≥3, branch secretaries ≥2, Party cadres ≥1 ----
  const needy = await deps.db
    .selectFrom('residents as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .select(['r.id', 'r.name', 'g.path'])
    .where('r.is_needy', '=', 1)
    .orderBy('r.id')
    .execute();
  const communityOf = (path: string) => communities.find((c) => path.startsWith(c.path));
  const pool = needy.filter((r) => communityOf(r.path));
  const next = 0;
  const targetFor = (c: Community): { kind: TargetKind; residentId: string | null; name: string } => {
    const found = pool.slice(next).findIndex((r) => r.path.startsWith(c.path));
    if (found >= 0 && rand() < 0.8) {
      const r = pool.splice(next + found, 1)[0];
      return { kind: 'needy_resident', residentId: r.id, name: r.name };
    }
    return rand() < 0.5
      ? { kind: 'unit', residentId: null, name: `${c.name}辖区小微企业` }
      : { kind: 'service_object', residentId: null, name: `${c.name}空巢老人服务对象` };
  };
  const pairs: PairingTable[] = [];
  /** A branch secretary's pairs lie in their branch's community and are their branch's; other helpers' spread over the communities. */
  const helper = (
    role: HelperRole,
    name: string,
    userId: string | null,
    count: number,
    startAt: number,
    branch?: (typeof branches)[number],
  ) => {
    const home = branch && communities.find((x) => x.id === branch.community_id);
    for (let k = 0; k < count; k++) {
      const c = home ?? communities[(startAt + k) % communities.length];
      const target = targetFor(c);
      pairs.push({
        id: newId(),
        community_id: c.id,
        helper_key: userId ? `user:${userId}` : `name:${role}:${name}`,
        helper_user_id: userId,
        helper_name: name,
        helper_role: role,
        helper_branch_id: home ? branch.id : null,
        target_kind: target.kind,
        target_resident_id: target.residentId,
        target_name: target.name,
        started_on: day(3, 1),
        created_by: actor.userId,
        created_at: now,
      });
    }
  };
  helper('leader', accounts.leader?.displayName ?? '班子成员（演示）', accounts.leader?.userId ?? null, 3, 0);
  for (let i = 0; i < 6; i++) helper('leader', `班子成员${'甲乙丙丁戊己'[i]}`, null, i === 4 ? 2 : 3, i + 1); // one short of the quota
  for (const [i, b] of branches.entries())
    helper('branch_secretary', `${b.name}书记`, null, i % 11 === 6 ? 1 : 2, i, b);
  for (let i = 0; i < 24; i++) helper('cadre', `党员干部${personName(rand)}`, null, 1, i);
  await bulk(deps, actor, 'pairing.seed', sub.path, pairs, insertPairings);
  const contacts = pairs.flatMap((p, i) => {
    const monthly = Array.from(
      { length: 10 },
      (_, k): PairingContactTable => ({
        id: newId(),
        pairing_id: p.id,
        contacted_on: day(3 + k, 5 + (i % 20)),
        kind: k % 3 === 1 ? 'call' : k % 3 === 2 ? 'help' : 'visit',
        note: '走访慰问（演示）',
        photos: '[]',
        recorded_by: actor.userId,
        created_at: now,
      }),
    );
    const recent: PairingContactTable[] =
      i % 8 === 3 || i === 2
        ? []
        : [
            {
              id: newId(),
              pairing_id: p.id,
              contacted_on: addDays(today(deps.clock), -(i % 20)),
              kind: 'visit',
              note: '近期走访（演示）',
              photos: '[]',
              recorded_by: actor.userId,
              created_at: now,
            },
          ];
    return [...monthly, ...recent];
  });
  await bulk(deps, actor, 'pairing_contact.seed', sub.path, contacts, insertContacts);
}
