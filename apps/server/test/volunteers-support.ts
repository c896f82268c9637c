import { randomUUID } from 'node:crypto';
import * as s from '@jishi/shared';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { ErrorBody } from '@jishi/shared';
import type { Deps } from '../src/deps.ts';
import type { Fixture } from './fixture.ts';
import type { Client } from './sessions.ts';
import { readJson } from './harness.ts';
import { png } from './grid-support.ts';
import type { PartyLifeRoute } from './authorization-matrix.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { newId } from '../src/platform/ids.ts';
import { createMember } from '../src/features/party-members/party-members.service.ts';
import { attachMaterial, createCourse } from '../src/features/education/education.service.ts';
import { assignBranch, createPost, registerFromPaper } from '../src/features/in-service-members/in-service.service.ts';
import { addServiceRecord } from '../src/features/in-service-members/in-service.records.service.ts';
import { addVolunteer, createActivity, createTeam } from '../src/features/volunteering/volunteering.service.ts';
import { awardPoints } from '../src/features/volunteering/points.service.ts';
import { recordDeed } from '../src/features/good-deeds/good-deeds.service.ts';
import { createPairing, logContact } from '../src/features/pairing/pairing.service.ts';
import { recordMeeting } from '../src/features/party-life/party-life.service.ts';
import { uploadPhoto } from '../src/features/party-life/files.service.ts';
import { certificateNumber } from '../src/features/volunteering/certificate.ts';
import type { ActivitySignupTable } from '../src/features/volunteering/volunteering.table.ts';
import { nowIsoOf, systemClock } from '../src/platform/clock.ts';
import { addDays, today } from '../src/platform/local-date.ts';

/** A 200 answer's JSON body (the status and the body are in the failure message otherwise). */
export async function ok<T>(p: Promise<LightMyRequestResponse>): Promise<T> {
  const res = await p;
  expect(res.statusCode, res.body).toBe(200);
  return JSON.parse(res.body) as T;
}

/** A refusal with the given status and error code. */
export async function fails(p: Promise<LightMyRequestResponse>, status: number, code: string): Promise<ErrorBody> {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  expect(readJson<ErrorBody>(res).code).toBe(code);
  return readJson<ErrorBody>(res);
}

/** Party life and volunteers: objects the tests and the authorization matrix act on. */
export const dayOffset = (n: number): string => addDays(today(systemClock), n);
const uniq = (): string => randomUUID().replace(/-/g, '').slice(0, 10);

export interface PartyLifeObjects {
  courseId: string;
  postId: string;
  inServiceId: string;
  teamId: string;
  activityId: string;
  volunteerId: string;
  pairingId: string;
  certificate: string;
}

/** Objects in subdistrict 0, community 0 of the fixture, created through the services. */
export async function installPartyLife(
  deps: Deps,
  fx: Fixture,
  c = fx.subdistricts[0].communities[0],
): Promise<PartyLifeObjects> {
  const system = systemActor();
  const sub = fx.subdistricts[0];
  const course = await createCourse(deps, system, {
    unitId: sub.id,
    title: '党章学习',
    kind: 'article',
    body: '学习党章全文',
    minutes: 30,
    quiz: [{ question: '党的最高理想？', options: ['共产主义', '其他'], answer: 0 }],
  });
  const post = await createPost(deps, system, { communityId: c.id, name: '政策宣传岗', description: '' });
  const inService = await registerFromPaper(deps, system, {
    communityId: c.id,
    registeredOn: '2015-03-01',
    name: '报到党员',
    workUnit: '市供电公司',
    workPartyOrg: '市供电公司党委',
    skills: '电工',
    postId: post.id,
  });
  await assignBranch(deps, system, inService.id, c.branchId); // received by the community's branch (a branch secretary's reach)
  await addServiceRecord(deps, system, inService.id, { servedOn: '2015-04-01', description: '政策宣传', minutes: 90 });
  const team = await createTeam(deps, system, {
    communityId: c.id,
    name: '党旗红志愿服务队',
    leaderName: '队长甲',
    foundedOn: '2015-01-01',
  });
  const activity = await createActivity(deps, system, {
    teamId: team.id,
    title: '清洁家园',
    theme: 'dangqi_hong',
    heldOn: dayOffset(30),
    place: '社区广场',
    capacity: 100000,
  });
  const volunteer = await addVolunteer(deps, system, { teamId: team.id, name: '志愿者甲', joinedOn: '2015-01-01' });
  await awardPoints(deps, system, {
    volunteerId: volunteer.id,
    points: 10,
    reason: '参加清洁家园',
    awardedOn: '2015-05-01',
  });
  // The branch secretary's own pair: within a branch secretary's reach (their branch's helper).
  const pairing = await createPairing(deps, system, {
    communityId: c.id,
    helperRole: 'branch_secretary',
    helperName: '支部书记甲',
    helperBranchId: c.branchId,
    targetKind: 'needy_resident',
    targetResidentId: c.grids[0].residentIds[0],
    targetName: '困难户甲',
    startedOn: '2015-01-01',
  });
  const certificate = certificateNumber('2015');
  await deps.db
    .insertInto('volunteer_certificates')
    .values({
      id: newId(),
      number: certificate,
      volunteer_id: volunteer.id,
      masked_name: '志**',
      service_minutes: 120,
      star_level: 0,
      issued_on: '2015-12-31',
      created_at: nowIsoOf(systemClock),
    })
    .execute();
  return {
    courseId: course.id,
    postId: post.id,
    inServiceId: inService.id,
    teamId: team.id,
    activityId: activity.id,
    volunteerId: volunteer.id,
    pairingId: pairing.id,
    certificate,
  };
}

/** A sign-up of a fresh volunteer in a given state (fixtures: inserted directly). */
export async function signupIn(
  deps: Deps,
  o: PartyLifeObjects,
  communityId: string,
  status: s.SignupStatus,
  userId: string | null = null,
): Promise<string> {
  const vid = newId();
  const now = nowIsoOf(systemClock);
  await deps.db
    .insertInto('volunteers')
    .values({
      id: vid,
      community_id: communityId,
      team_id: o.teamId,
      user_id: userId,
      name: `志愿者${uniq().slice(0, 3)}`,
      joined_on: '2015-01-01',
      created_at: now,
    })
    .execute();
  const inAt = '2015-05-01T01:00:00.000Z';
  const outAt = '2015-05-01T04:00:00.000Z';
  const past: s.SignupStatus[] = ['checked_in', 'checked_out', 'recorded', 'verified'];
  const row: ActivitySignupTable = {
    id: newId(),
    activity_id: o.activityId,
    volunteer_id: vid,
    status,
    checked_in_at: past.includes(status) ? inAt : null,
    checked_out_at: past.slice(1).includes(status) ? outAt : null,
    service_minutes: past.slice(2).includes(status) ? 150 : null,
    recorded_by: null,
    verified_at: status === 'verified' ? now : null,
    verified_by: null,
    created_at: now,
    updated_at: now,
  };
  await deps.db.insertInto('activity_signups').values(row).execute();
  return row.id;
}

type Spec = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
  contentType?: string;
};

/** A minimal PDF (study materials); photo uploads use grid-support's png(). */
export const testPdf = (): Buffer => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** One valid request per route of Party life and volunteering (objects a write consumes are made fresh per call). */
export function partyLifeProbes(
  deps: Deps,
  fx: Fixture,
): Record<PartyLifeRoute, (client: Client | null) => Promise<Spec> | Spec> {
  const sub = fx.subdistricts[0];
  const c = sub.communities[0];
  const system = systemActor();
  let objects: Promise<PartyLifeObjects> | null = null;
  const o = () => (objects ??= installPartyLife(deps, fx));
  let month = 0;
  const nextMonth = () => {
    month += 1;
    return `${1980 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  };
  const freshMember = async () =>
    (
      await createMember(deps, system, {
        name: `党员${uniq().slice(0, 3)}`,
        branchId: c.branchId,
        memberType: 'formal',
        status: 'in_service',
        joinDate: '2000-07-01',
        workUnit: '某单位',
      })
    ).id;
  const linkClient = async (client: Client | null) => {
    if (client)
      await deps.db
        .insertInto('member_accounts')
        .values({ user_id: client.userId, member_id: await freshMember(), linked_at: nowIsoOf(systemClock) })
        .execute();
  };
  const freshInService = async () =>
    (
      await registerFromPaper(deps, system, {
        communityId: c.id,
        registeredOn: '2015-03-01',
        name: '报到党员乙',
        workUnit: '市自来水公司',
        workPartyOrg: '市自来水公司党委',
        skills: '',
        postId: (await o()).postId,
      })
    ).id;
  let photos: Promise<{ meetingId: string; contactId: string; courseId: string }> | null = null;
  /** A meeting and a contact with one photo each, and a course with a PDF, recorded by the system actor. */
  const withPhotos = () =>
    (photos ??= (async () => {
      const photo = await png();
      const a = await uploadPhoto(deps, system, photo, sub.path);
      const b = await uploadPhoto(deps, system, photo, sub.path);
      const meeting = await recordMeeting(deps, system, {
        branchId: c.branchId,
        kind: 'theme_day',
        heldOn: '2015-05-05',
        topic: '有照片的主题党日',
        due: 8,
        present: 8,
        minutes: '',
        photos: [a.key],
      });
      const contact = await logContact(deps, system, (await o()).pairingId, {
        contactedOn: '2015-05-06',
        kind: 'visit',
        note: '走访',
        photos: [b.key],
      });
      const courseId = (await o()).courseId;
      await attachMaterial(deps, system, courseId, testPdf());
      return { meetingId: meeting.id, contactId: contact.id, courseId };
    })());
  const clientVolunteerWithHours = async (client: Client | null) => {
    if (client) await signupIn(deps, await o(), c.id, 'verified', client.userId);
  };
  return {
    'GET /api/education/courses': () => ({ method: 'GET', url: '/api/education/courses' }),
    'POST /api/education/courses': () => ({
      method: 'POST',
      url: '/api/education/courses',
      payload: { unitId: c.id, title: '党史', kind: 'article', body: '正文', minutes: 20 },
    }),
    'GET /api/education/plans': () => ({ method: 'GET', url: `/api/education/plans?branchId=${c.branchId}&year=2015` }),
    'POST /api/education/plans': async () => ({
      method: 'POST',
      url: '/api/education/plans',
      payload: { branchId: c.branchId, year: 2015, title: '年度学习计划', courseIds: [(await o()).courseId] },
    }),
    'GET /api/education/coverage': () => ({ method: 'GET', url: '/api/education/coverage?year=2015' }),
    'POST /api/education/member-accounts': async () => {
      const { makeUser } = await import('./sessions.ts');
      const user = await makeUser(deps, 'party_member', c.id);
      return {
        method: 'POST',
        url: '/api/education/member-accounts',
        payload: { userId: user.id, memberId: await freshMember() },
      };
    },
    'GET /api/my/courses': () => ({ method: 'GET', url: '/api/my/courses' }),
    'POST /api/my/courses/:id/progress': async (client) => {
      await linkClient(client);
      return {
        method: 'POST',
        url: `/api/my/courses/${(await o()).courseId}/progress`,
        payload: { minutes: 10, completed: true },
      };
    },
    'POST /api/my/courses/:id/quiz': async (client) => {
      await linkClient(client);
      return { method: 'POST', url: `/api/my/courses/${(await o()).courseId}/quiz`, payload: { answers: [0] } };
    },
    'GET /api/party-life/meetings': () => ({
      method: 'GET',
      url: `/api/party-life/meetings?branchId=${c.branchId}&year=2015`,
    }),
    'POST /api/party-life/meetings': () => ({
      method: 'POST',
      url: '/api/party-life/meetings',
      payload: {
        branchId: c.branchId,
        kind: 'theme_day',
        heldOn: today(systemClock),
        topic: '主题党日',
        due: 10,
        present: 9,
      },
    }),
    'GET /api/party-life/schedule': () => ({
      method: 'GET',
      url: `/api/party-life/schedule?branchId=${c.branchId}&year=2015`,
    }),
    'POST /api/party-life/closed-months': () => ({
      method: 'POST',
      url: '/api/party-life/closed-months',
      payload: { branchId: c.branchId, month: nextMonth() },
    }),
    'GET /api/trainings': () => ({ method: 'GET', url: '/api/trainings?year=2015' }),
    'POST /api/trainings': () => ({
      method: 'POST',
      url: '/api/trainings',
      payload: {
        unitId: sub.id,
        kind: 'study_visit',
        title: '考察学习',
        heldOn: '2015-06-01',
        place: '郑州',
        participants: [{ name: '书记甲', attended: true }],
      },
    }),
    'GET /api/trainings/stats': () => ({ method: 'GET', url: '/api/trainings/stats?year=2015' }),
    'GET /api/in-service/posts': () => ({ method: 'GET', url: `/api/in-service/posts?communityId=${c.id}` }),
    'POST /api/in-service/posts': () => ({
      method: 'POST',
      url: '/api/in-service/posts',
      payload: { communityId: c.id, name: '文明劝导岗' },
    }),
    'GET /api/in-service/members': () => ({ method: 'GET', url: '/api/in-service/members' }),
    'POST /api/in-service/members': async () => ({
      method: 'POST',
      url: '/api/in-service/members',
      payload: {
        communityId: c.id,
        registeredOn: '2015-04-01',
        name: '纸质登记党员',
        workUnit: '区教育局',
        workPartyOrg: '区教育局机关党委',
        postId: (await o()).postId,
      },
    }),
    'POST /api/in-service/members/:id/grid': async () => ({
      method: 'POST',
      url: `/api/in-service/members/${(await o()).inServiceId}/grid`,
      payload: { gridId: c.grids[0].id },
    }),
    'POST /api/in-service/members/:id/records': async () => ({
      method: 'POST',
      url: `/api/in-service/members/${(await o()).inServiceId}/records`,
      payload: { servedOn: '2015-05-01', description: '政策宣传', minutes: 90 },
    }),
    'POST /api/in-service/members/:id/evaluations': async () => ({
      method: 'POST',
      url: `/api/in-service/members/${await freshInService()}/evaluations`,
      payload: { year: 2015, grade: 'good' },
    }),
    'POST /api/in-service/members/:id/feedback.pdf': async () => ({
      method: 'POST',
      url: `/api/in-service/members/${(await o()).inServiceId}/feedback.pdf`,
      payload: { year: 2015, reason: '向工作单位党组织反馈' },
    }),
    'POST /api/in-service/feedback.xlsx': () => ({
      method: 'POST',
      url: '/api/in-service/feedback.xlsx',
      payload: { year: 2015, reason: '向工作单位党组织反馈' },
    }),
    'POST /api/in-service/members/:id/branch': async () => ({
      method: 'POST',
      url: `/api/in-service/members/${await freshInService()}/branch`,
      payload: { branchId: c.branchId },
    }),
    'GET /api/in-service/records': async () => ({
      method: 'GET',
      url: `/api/in-service/records?memberId=${(await o()).inServiceId}&year=2015`,
    }),
    'POST /api/in-service/work-units/feedback.pdf': async () => {
      await o();
      return {
        method: 'POST',
        url: '/api/in-service/work-units/feedback.pdf',
        payload: { year: 2015, workUnit: '市供电公司', reason: '向工作单位党组织反馈' },
      };
    },
    'POST /api/in-service/work-units/feedback.xlsx': async () => {
      await o();
      return {
        method: 'POST',
        url: '/api/in-service/work-units/feedback.xlsx',
        payload: { year: 2015, workUnit: '市供电公司', reason: '向工作单位党组织反馈' },
      };
    },
    'GET /api/my/in-service/records': () => ({ method: 'GET', url: '/api/my/in-service/records' }),
    'GET /api/volunteer/points': async () => ({
      method: 'GET',
      url: `/api/volunteer/points?volunteerId=${(await o()).volunteerId}`,
    }),
    'GET /api/my/points': () => ({ method: 'GET', url: '/api/my/points' }),
    'GET /api/in-service/joint-units': () => ({ method: 'GET', url: '/api/in-service/joint-units' }),
    'POST /api/in-service/joint-units': () => ({
      method: 'POST',
      url: '/api/in-service/joint-units',
      payload: {
        communityId: c.id,
        name: '区税务局',
        partyOrg: '区税务局党组',
        contactName: '联络员',
        registeredOn: '2015-02-01',
      },
    }),
    'GET /api/my/in-service/posts': () => ({ method: 'GET', url: `/api/my/in-service/posts?communityId=${c.id}` }),
    'GET /api/my/in-service': async (client) => {
      if (client)
        await deps.db
          .updateTable('in_service_members')
          .set({ user_id: client.userId })
          .where('id', '=', await freshInService())
          .execute();
      return { method: 'GET', url: '/api/my/in-service' };
    },
    'POST /api/my/in-service': async () => ({
      method: 'POST',
      url: '/api/my/in-service',
      payload: {
        communityId: c.id,
        name: '网上报到党员',
        workUnit: '市银行',
        workPartyOrg: '市银行党委',
        postId: (await o()).postId,
      },
    }),
    'GET /api/volunteer/teams': () => ({ method: 'GET', url: '/api/volunteer/teams' }),
    'POST /api/volunteer/teams': () => ({
      method: 'POST',
      url: '/api/volunteer/teams',
      payload: { communityId: c.id, name: '夕阳美服务队', leaderName: '队长乙', foundedOn: '2015-01-01' },
    }),
    'GET /api/volunteer/teams/monthly': () => ({ method: 'GET', url: '/api/volunteer/teams/monthly?year=2015' }),
    'GET /api/volunteer/volunteers': () => ({ method: 'GET', url: '/api/volunteer/volunteers' }),
    'POST /api/volunteer/volunteers': async () => ({
      method: 'POST',
      url: '/api/volunteer/volunteers',
      payload: { teamId: (await o()).teamId, name: '新志愿者', joinedOn: '2015-01-01' },
    }),
    'GET /api/volunteer/activities': () => ({ method: 'GET', url: '/api/volunteer/activities' }),
    'POST /api/volunteer/activities': async () => ({
      method: 'POST',
      url: '/api/volunteer/activities',
      payload: {
        teamId: (await o()).teamId,
        title: '助老',
        theme: 'xiyang_mei',
        heldOn: dayOffset(3),
        place: '活动室',
        capacity: 20,
      },
    }),
    'GET /api/volunteer/activities/:id/signups': async () => ({
      method: 'GET',
      url: `/api/volunteer/activities/${(await o()).activityId}/signups`,
    }),
    'POST /api/volunteer/signups/:id/check-in': async () => ({
      method: 'POST',
      url: `/api/volunteer/signups/${await signupIn(deps, await o(), c.id, 'signed_up')}/check-in`,
      payload: {},
    }),
    'POST /api/volunteer/signups/:id/check-out': async () => ({
      method: 'POST',
      url: `/api/volunteer/signups/${await signupIn(deps, await o(), c.id, 'checked_in')}/check-out`,
      payload: {},
    }),
    'POST /api/volunteer/signups/:id/hours': async () => ({
      method: 'POST',
      url: `/api/volunteer/signups/${await signupIn(deps, await o(), c.id, 'checked_out')}/hours`,
      payload: { minutes: 120 },
    }),
    'POST /api/volunteer/signups/:id/verify': async () => ({
      method: 'POST',
      url: `/api/volunteer/signups/${await signupIn(deps, await o(), c.id, 'recorded')}/verify`,
      payload: {},
    }),
    'POST /api/volunteer/points': async () => ({
      method: 'POST',
      url: '/api/volunteer/points',
      payload: { volunteerId: (await o()).volunteerId, points: 5, reason: '积极参与', awardedOn: '2015-05-01' },
    }),
    'GET /api/my/activities': () => ({ method: 'GET', url: '/api/my/activities' }),
    'POST /api/my/activities/:id/signup': async () => ({
      method: 'POST',
      url: `/api/my/activities/${(await o()).activityId}/signup`,
      payload: {},
    }),
    'GET /api/my/volunteering': () => ({ method: 'GET', url: '/api/my/volunteering' }),
    'POST /api/my/certificates': async (client) => {
      await clientVolunteerWithHours(client);
      return { method: 'POST', url: '/api/my/certificates', payload: {} };
    },
    'GET /api/my/certificates/:number/pdf': async (client) => {
      const number = certificateNumber('2015');
      if (client) {
        await clientVolunteerWithHours(client);
        const v = await deps.db
          .selectFrom('volunteers')
          .select('id')
          .where('user_id', '=', client.userId)
          .executeTakeFirstOrThrow();
        await deps.db
          .insertInto('volunteer_certificates')
          .values({
            id: newId(),
            number,
            volunteer_id: v.id,
            masked_name: '志**',
            service_minutes: 150,
            star_level: 0,
            issued_on: '2015-12-31',
            created_at: nowIsoOf(systemClock),
          })
          .execute();
      }
      return { method: 'GET', url: `/api/my/certificates/${number}/pdf` };
    },
    'GET /api/public/certificates/:number': async () => ({
      method: 'GET',
      url: `/api/public/certificates/${(await o()).certificate}`,
    }),
    'GET /api/public/communities/:id/activities': () => ({
      method: 'GET',
      url: `/api/public/communities/${c.id}/activities`,
    }),
    'GET /api/good-deeds': () => ({ method: 'GET', url: '/api/good-deeds' }),
    'POST /api/good-deeds': () => ({
      method: 'POST',
      url: '/api/good-deeds',
      payload: {
        communityId: c.id,
        doerKind: 'member',
        doerName: '党员甲',
        beneficiary: '孤寡老人',
        doneOn: '2015-05-01',
        description: '帮助买菜',
      },
    }),
    'POST /api/good-deeds/:id/confirm': async () => {
      const d = await recordDeed(deps, system, {
        communityId: c.id,
        doerKind: 'volunteer',
        doerName: '志愿者乙',
        beneficiary: '居民',
        doneOn: '2015-05-02',
        description: '修理水管',
      });
      return { method: 'POST', url: `/api/good-deeds/${d.id}/confirm`, payload: {} };
    },
    'GET /api/pairing/rules': () => ({ method: 'GET', url: '/api/pairing/rules' }),
    'PUT /api/pairing/rules': () => ({
      method: 'PUT',
      url: '/api/pairing/rules',
      payload: { rules: [{ helperRole: 'leader', minTargets: 3, contactDays: 31 }] },
    }),
    'GET /api/pairing/pairs': () => ({ method: 'GET', url: '/api/pairing/pairs' }),
    'POST /api/pairing/pairs': () => ({
      method: 'POST',
      url: '/api/pairing/pairs',
      payload: {
        communityId: c.id,
        helperRole: 'cadre',
        helperName: '党员干部甲',
        targetKind: 'unit',
        targetName: '辖区单位',
        startedOn: '2015-01-01',
      },
    }),
    'POST /api/pairing/pairs/:id/contacts': async () => ({
      method: 'POST',
      url: `/api/pairing/pairs/${(await o()).pairingId}/contacts`,
      payload: { contactedOn: today(systemClock), kind: 'visit', note: '入户走访' },
    }),
    'GET /api/pairing/compliance': () => ({ method: 'GET', url: '/api/pairing/compliance' }),
    'POST /api/party-life/photos': async () => ({
      method: 'POST',
      url: '/api/party-life/photos',
      payload: await png(),
      contentType: 'image/png',
    }),
    'GET /api/party-life/meetings/:id/photos/:n': async () => ({
      method: 'GET',
      url: `/api/party-life/meetings/${(await withPhotos()).meetingId}/photos/0`,
    }),
    'POST /api/pairing/photos': async () => ({
      method: 'POST',
      url: '/api/pairing/photos',
      payload: await png(),
      contentType: 'image/png',
    }),
    'GET /api/pairing/contacts/:id/photos/:n': async () => ({
      method: 'GET',
      url: `/api/pairing/contacts/${(await withPhotos()).contactId}/photos/0`,
    }),
    'POST /api/education/courses/:id/material': async () => ({
      method: 'POST',
      url: `/api/education/courses/${(await o()).courseId}/material`,
      payload: testPdf(),
      contentType: 'application/pdf',
    }),
    'GET /api/education/courses/:id/material': async () => ({
      method: 'GET',
      url: `/api/education/courses/${(await withPhotos()).courseId}/material`,
    }),
    'GET /api/my/courses/:id/material': async () => ({
      method: 'GET',
      url: `/api/my/courses/${(await withPhotos()).courseId}/material`,
    }),
  };
}

/** The body schema of every JSON write of Party life and volunteering (input-hardening: which keys a route legitimately has). */
export const PARTY_LIFE_BODIES: Partial<Record<PartyLifeRoute, { shape: Record<string, unknown> }>> = {
  'POST /api/education/courses': s.courseCreateBody,
  'POST /api/education/plans': s.studyPlanCreateBody,
  'POST /api/education/member-accounts': s.memberAccountBody,
  'POST /api/my/courses/:id/progress': s.learningProgressBody,
  'POST /api/my/courses/:id/quiz': s.quizAnswerBody,
  'POST /api/party-life/meetings': s.orgLifeMeetingBody,
  'POST /api/party-life/closed-months': s.closeMonthBody,
  'POST /api/trainings': s.trainingCreateBody,
  'POST /api/in-service/posts': s.servicePostBody,
  'POST /api/in-service/members': s.inServicePaperBody,
  'POST /api/in-service/members/:id/grid': s.inServiceGridBody,
  'POST /api/in-service/members/:id/branch': s.inServiceBranchBody,
  'POST /api/in-service/members/:id/records': s.inServiceRecordBody,
  'POST /api/in-service/members/:id/evaluations': s.inServiceEvaluationBody,
  'POST /api/in-service/joint-units': s.jointUnitBody,
  // Feedback exports: the reason travels in the body (bulk export of personal data)
  'POST /api/in-service/members/:id/feedback.pdf': s.memberFeedbackBody,
  'POST /api/in-service/feedback.xlsx': s.feedbackBody,
  'POST /api/in-service/work-units/feedback.pdf': s.workUnitFeedbackBody,
  'POST /api/in-service/work-units/feedback.xlsx': s.workUnitFeedbackBody,
  'POST /api/my/in-service': s.inServiceSelfBody,
  'POST /api/volunteer/teams': s.teamCreateBody,
  'POST /api/volunteer/volunteers': s.volunteerCreateBody,
  'POST /api/volunteer/activities': s.activityCreateBody,
  'POST /api/volunteer/signups/:id/check-in': s.signupTimeBody,
  'POST /api/volunteer/signups/:id/check-out': s.signupTimeBody,
  'POST /api/volunteer/signups/:id/hours': s.serviceMinutesBody,
  'POST /api/volunteer/signups/:id/verify': s.emptyBody,
  'POST /api/volunteer/points': s.pointsBody,
  'POST /api/my/activities/:id/signup': s.emptyBody,
  'POST /api/my/certificates': s.emptyBody,
  'POST /api/good-deeds': s.goodDeedBody,
  'POST /api/good-deeds/:id/confirm': s.emptyBody,
  'POST /api/pairing/pairs': s.pairingCreateBody,
  'POST /api/pairing/pairs/:id/contacts': s.contactBody,
};
