import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { daysAgo, installDecisions } from '../decisions-support.ts';

/** Subdistrict meetings (三会三议三监督): configurable types and roles, agenda and decisions, follow-up, supervision opinions. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Catalog {
  id: string;
  unitId: string;
  kind: string;
  name: string;
  active: boolean;
}
interface Meeting {
  id: string;
  typeName: string;
  agendaCount: number;
  openDecisions: number;
  opinionCount: number;
  attendees: { name: string; title: string | null }[];
  agenda: {
    title: string;
    decisions: { id: string; status: string; followUps: { status: string; note: string }[] }[];
  }[];
  opinions: { roleName: string; author: string; opinion: string }[];
  abilities: { followUp: boolean; supervise: boolean };
}

describe('subdistrict meetings', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let leader: Client;
  let catalog: Catalog[];
  let meeting: Meeting;

  const s0 = () => fx.subdistricts[0];
  const typeNamed = (name: string) => catalog.find((c) => c.name === name) as Catalog;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    await installDecisions(ctx.deps, fx);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0().id);
    leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', s0().id);
    catalog = readJson<{ items: Catalog[] }>(await admin.get('/api/meetings/catalog')).items;
  });

  const body = (extra: Record<string, unknown> = {}) => ({
    unitId: s0().id,
    typeId: typeNamed('党工委会议').id,
    title: '第12次党工委会议',
    heldOn: daysAgo(5),
    startTime: '09:00',
    endTime: '11:30',
    place: '街道三楼会议室',
    host: '党工委书记（测试）',
    attendees: [
      { name: '张委员', title: '党工委委员' },
      { name: '李主任', title: '办事处主任' },
    ],
    summary: '研究社区服务用房建设等重大事项',
    agenda: [
      {
        title: '秦江社区服务用房改建方案',
        decisions: [
          { content: '同意改建方案，报区里备案', owner: '党建办', dueOn: daysAgo(-20) },
          { content: '申请专项经费', owner: '财政所', dueOn: daysAgo(-10) },
        ],
      },
      { title: '通报上月矛盾纠纷排查情况' },
    ],
    ...extra,
  });

  it('the catalog holds the standard meeting types and supervision roles of the own subdistrict; more can be added and deactivated', async () => {
    expect(catalog.filter((c) => c.kind === 'meeting_type').map((c) => c.name)).toEqual([
      '党工委会议',
      '党政联席会议',
      '街道议事协商会议',
    ]);
    expect(catalog.filter((c) => c.kind === 'supervision_role').map((c) => c.name)).toEqual([
      '党员监督',
      '居民监督',
      '居务监督委员会监督',
    ]);
    expect(catalog.every((c) => c.unitId === s0().id)).toBe(true);
    const added = await admin.post('/api/meetings/catalog', {
      unitId: s0().id,
      kind: 'meeting_type',
      name: '专题会议',
    });
    expect(added.statusCode, added.body).toBe(200);
    const id = readJson<Catalog>(added).id;
    expect(
      readJson<{ code: string }>(
        await admin.post('/api/meetings/catalog', { unitId: s0().id, kind: 'meeting_type', name: '专题会议' }),
      ).code,
    ).toBe('DUPLICATE');
    const off = await admin.patch(`/api/meetings/catalog/${id}`, { active: false });
    expect(readJson<Catalog>(off)).toMatchObject({ active: false, name: '专题会议' });
    expect((await admin.post('/api/meetings', body({ typeId: id }))).statusCode).toBe(400);
  });

  it('a meeting is recorded with its attendees, agenda items and the decisions on each', async () => {
    const res = await admin.post('/api/meetings', body());
    expect(res.statusCode, res.body).toBe(200);
    meeting = readJson<Meeting>(res);
    expect(meeting).toMatchObject({
      typeName: '党工委会议',
      agendaCount: 2,
      openDecisions: 2,
      opinionCount: 0,
      abilities: { followUp: true, supervise: true },
    });
    expect(meeting.attendees).toEqual([
      { name: '张委员', title: '党工委委员' },
      { name: '李主任', title: '办事处主任' },
    ]);
    expect(meeting.agenda.map((a) => [a.title, a.decisions.length])).toEqual([
      ['秦江社区服务用房改建方案', 2],
      ['通报上月矛盾纠纷排查情况', 0],
    ]);
  });

  it('is refused in the future, at a community, or with a type of another subdistrict', async () => {
    expect((await admin.post('/api/meetings', body({ heldOn: daysAgo(-3) }))).statusCode).toBe(400);
    expect((await admin.post('/api/meetings', body({ unitId: s0().communities[0].id }))).statusCode).toBe(400);
    expect((await admin.post('/api/meetings', body({ agenda: [] }))).statusCode).toBe(400);
    const foreignAdmin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[1].id);
    expect((await foreignAdmin.post('/api/meetings', body({ unitId: fx.subdistricts[1].id }))).statusCode).toBe(404);
  });

  it('each decision is followed up until done; a done decision takes no more follow-up', async () => {
    const decision = meeting.agenda[0].decisions[0].id;
    const started = readJson<Meeting>(
      await admin.post(`/api/meetings/decisions/${decision}/follow-ups`, {
        notedOn: daysAgo(3),
        note: '已形成改建图纸',
        status: 'in_progress',
      }),
    );
    expect(started.agenda[0].decisions[0]).toMatchObject({
      status: 'in_progress',
      followUps: [{ status: 'in_progress', note: '已形成改建图纸' }],
    });
    const done = readJson<Meeting>(
      await admin.post(`/api/meetings/decisions/${decision}/follow-ups`, {
        notedOn: daysAgo(1),
        note: '已报区备案',
        status: 'done',
      }),
    );
    expect(done).toMatchObject({ openDecisions: 1 });
    const again = await admin.post(`/api/meetings/decisions/${decision}/follow-ups`, {
      notedOn: daysAgo(0),
      note: '补充',
      status: 'in_progress',
    });
    expect(readJson<{ code: string }>(again).code).toBe('CONFLICT');
  });

  it('a supervision role attaches its opinion', async () => {
    const res = await leader.post(`/api/meetings/${meeting.id}/opinions`, {
      roleId: typeNamed('居务监督委员会监督').id,
      author: '王监督（测试）',
      opinion: '程序完整，建议公开经费使用情况。',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(readJson<Meeting>(res)).toMatchObject({
      opinionCount: 1,
      opinions: [{ roleName: '居务监督委员会监督', author: '王监督（测试）' }],
      abilities: { followUp: false, supervise: true },
    });
    const wrongKind = await leader.post(`/api/meetings/${meeting.id}/opinions`, {
      roleId: typeNamed('党工委会议').id,
      author: '王监督',
      opinion: '意见',
    });
    expect(wrongKind.statusCode).toBe(400);
  });

  it('lists are scoped: a community secretary sees no subdistrict meeting', async () => {
    const list = readJson<{ items: { id: string; openDecisions: number }[]; total: number }>(
      await leader.get('/api/meetings'),
    );
    expect(list.items).toEqual([expect.objectContaining({ id: meeting.id, openDecisions: 1 })]);
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', s0().communities[0].id);
    expect(readJson<{ total: number }>(await secretary.get('/api/meetings')).total).toBe(0);
    expect((await secretary.get(`/api/meetings/${meeting.id}`)).statusCode).toBe(404);
  });

  it('every write is audited at the subdistrict', async () => {
    const rows = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'org_path'])
      .where('action', 'like', 'meeting.%')
      .where('actor_id', 'in', [admin.userId, leader.userId])
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'meeting.catalog.create',
      'meeting.catalog.update',
      'meeting.create',
      'meeting.follow_up.add',
      'meeting.follow_up.add',
      'meeting.opinion.add',
    ]);
    expect(rows.every((r) => r.org_path === s0().path)).toBe(true);
  });
});
