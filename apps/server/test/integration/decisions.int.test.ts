import { beforeAll, describe, expect, it } from 'vitest';
import type { MatterView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { daysAgo, installDecisions, passingMeeting, type HallTemplates } from '../decisions-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createUnit } from '../../src/features/territory/territory.service.ts';
import { addDays } from '../../src/platform/local-date.ts';

/**
 * The deliberation hall end to end through HTTP: a resident proposes, the community secretary
 * opens a matter from it and runs 一征三议两公开 (a stage fails and is repeated after a revision),
 * the notices reach the public board, the result is rated and counted as a problem solved;
 * 四议两公开 in a village with the 一肩挑 merge; templates and versions.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface ErrorBody {
  code: string;
  issues?: { path: string; message: string }[];
}
interface Proposal {
  id: string;
  status: string;
  supportCount: number;
  supportedByMe: boolean;
  mine: boolean;
  proposerName: string | null;
  matterId: string | null;
}
interface Notice {
  id: string;
  matterId: string;
  kind: string;
  title: string;
  content: string;
  noticeFrom: string;
  noticeUntil: string;
  current: boolean;
  rating: { count: number; average: number | null } | null;
}
interface Tally {
  opened: number;
  solved: number;
  perUnit: { unitId: string; opened: number; solved: number }[];
}

describe('deliberation hall: the community procedure (一征三议两公开)', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let templates: [HallTemplates, HallTemplates];
  let secretary: Client;
  let resident: Client;
  let neighbour: Client;
  let matter: MatterView;
  let proposalId: string;

  const c0 = () => fx.subdistricts[0].communities[0];
  const board = async (unitId: string) =>
    readJson<{ items: Notice[]; total: number }>(
      await ctx.app.inject({ method: 'GET', url: `/api/public/boards/${unitId}/notices?pageSize=100` }),
    );
  const tally = async (client: Client, from: string, to: string) =>
    readJson<Tally>(await client.get(`/api/decisions/tally?from=${from}&to=${to}`));
  const meetingBody = (
    stageSeq: number,
    heldOn: string,
    counts: { due: number; present: number; votesFor: number },
    extra: Record<string, unknown> = {},
  ) => ({ ...passingMeeting(stageSeq, heldOn), ...counts, votesAgainst: 0, votesAbstain: 0, ...extra });
  const post = async (client: Client, url: string, body: unknown) => {
    const res = await client.post(url, body);
    return { status: res.statusCode, body: readJson<MatterView & ErrorBody>(res) };
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    templates = await installDecisions(ctx.deps, fx);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    resident = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
    neighbour = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
  });

  it('the secretary sees the procedures of their own subdistrict only, with their exact thresholds', async () => {
    const list = readJson<{
      items: {
        id: string;
        code: string;
        version: number;
        stages: { body: string; quorum: unknown; pass: unknown; noticeDays: number | null }[];
      }[];
    }>(await secretary.get('/api/decisions/templates'));
    expect(list.items.map((t) => t.id).sort()).toEqual([templates[0].community, templates[0].village].sort());
    const village = list.items.find((t) => t.code === 'four_deliberations');
    expect(village?.stages.map((s) => s.body)).toEqual([
      'branch_committee',
      'two_committees',
      'members_assembly',
      'representatives_meeting',
      'resolution_notice',
      'result_notice',
    ]);
    expect(village?.stages[2]).toMatchObject({
      quorum: { num: 2, den: 3, op: 'gte' },
      pass: { num: 1, den: 2, op: 'gt', base: 'due' },
    });
    expect(village?.stages[3]).toMatchObject({
      quorum: { num: 2, den: 3, op: 'gte' },
      pass: { num: 1, den: 2, op: 'gt', base: 'present' },
    });
    expect(village?.stages[4].noticeDays).toBe(7);
    expect((await secretary.get(`/api/decisions/templates/${templates[1].community}`)).statusCode).toBe(404);
  });

  it('a resident proposes; a neighbour supports once; nobody supports their own proposal', async () => {
    const created = await resident.post('/api/decisions/proposals', {
      unitId: c0().id,
      title: '3号院加装电梯（测试）',
      content: '老人上下楼困难，建议加装电梯。',
    });
    expect(created.statusCode, created.body).toBe(200);
    const p = readJson<Proposal>(created);
    proposalId = p.id;
    expect(p).toMatchObject({ status: 'open', supportCount: 0, mine: true, proposerName: null });
    expect(readJson<ErrorBody>(await resident.post(`/api/decisions/proposals/${p.id}/support`)).code).toBe('CONFLICT');
    const supported = await neighbour.post(`/api/decisions/proposals/${p.id}/support`);
    expect(readJson<Proposal>(supported)).toMatchObject({ supportCount: 1, supportedByMe: true, mine: false });
    expect(readJson<ErrorBody>(await neighbour.post(`/api/decisions/proposals/${p.id}/support`)).code).toBe(
      'DUPLICATE',
    );
    const phone = await resident.post('/api/decisions/proposals', {
      unitId: c0().id,
      title: '联系我',
      content: '电话13812345678',
    });
    expect(phone.statusCode).toBe(400);
    const staffView = readJson<{ items: Proposal[] }>(await secretary.get('/api/decisions/proposals'));
    expect(staffView.items.map((i) => i.id)).toEqual([p.id]);
    expect(staffView.items[0].proposerName).toBe(resident.username);
  });

  it('the secretary opens a matter from the proposal; the proposal is adopted', async () => {
    const res = await post(secretary, '/api/decisions/matters', {
      unitId: c0().id,
      templateId: templates[0].community,
      title: '3号院加装电梯',
      description: '居民提议，拟按一征三议两公开办理',
      source: 'proposal',
      proposalIds: [proposalId],
      openedOn: daysAgo(60),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    matter = res.body;
    expect(matter).toMatchObject({
      status: 'open',
      source: 'proposal',
      templateVersion: 1,
      next: { seq: 1, kind: 'solicitation' },
      proposals: [{ id: proposalId, supportCount: 1 }],
    });
    expect(matter.abilities).toMatchObject({ recordMeeting: true, publishNotice: false, withdraw: true, rate: false });
    const p = readJson<{ items: Proposal[] }>(await secretary.get('/api/decisions/proposals')).items[0];
    expect(p).toMatchObject({ status: 'adopted', matterId: matter.id });
    const again = await post(secretary, '/api/decisions/matters', {
      unitId: c0().id,
      templateId: templates[0].community,
      title: '重复',
      source: 'proposal',
      proposalIds: [proposalId],
    });
    expect(again.body.code).toBe('CONFLICT');
    const wrongKind = await post(secretary, '/api/decisions/matters', {
      unitId: c0().id,
      templateId: templates[0].village,
      title: '村级程序',
      source: 'assigned',
      sourceNote: '交办',
    });
    expect(wrongKind.body.code).toBe('CONFLICT');
    const noSource = await post(secretary, '/api/decisions/matters', {
      unitId: c0().id,
      templateId: templates[0].community,
      title: '无来源',
      source: 'party_org',
    });
    expect(noSource.status).toBe(400);
  });

  it('stages run in order: no skipping; the solicitation needs no counts', async () => {
    const url = `/api/decisions/matters/${matter.id}/meetings`;
    expect(
      (await post(secretary, url, meetingBody(2, daysAgo(50), { due: 7, present: 7, votesFor: 7 }))).body.code,
    ).toBe('STAGE_ORDER');
    expect(
      (
        await post(secretary, `/api/decisions/matters/${matter.id}/notices`, {
          stageSeq: 1,
          noticeFrom: daysAgo(50),
          noticeUntil: daysAgo(44),
          content: '公示',
        })
      ).body.code,
    ).toBe('STAGE_ORDER');
    const solicit = await post(secretary, url, {
      stageSeq: 1,
      heldOn: daysAgo(50),
      place: '社区广场',
      form: 'in_person',
      minutes: '收集居民意见32条（测试）',
    });
    expect(solicit.status, JSON.stringify(solicit.body)).toBe(200);
    expect(solicit.body.records[0]).toMatchObject({
      stageSeq: 1,
      kind: 'solicitation',
      passed: true,
      quorumMet: null,
      due: null,
    });
    expect(solicit.body.next).toMatchObject({ seq: 2, kind: 'meeting', earliestOn: daysAgo(50) });
    expect(
      (
        await post(secretary, url, {
          stageSeq: 1,
          heldOn: daysAgo(49),
          place: '广场',
          form: 'in_person',
          minutes: '再征',
        })
      ).body.code,
    ).toBe('STAGE_ORDER');
  });

  it('bad meeting input is refused: future date, before the last record, missing or impossible counts', async () => {
    const url = `/api/decisions/matters/${matter.id}/meetings`;
    const future = await post(
      secretary,
      url,
      meetingBody(2, addDays(daysAgo(0), 2), { due: 7, present: 7, votesFor: 7 }),
    );
    expect(future.body.issues).toEqual([{ path: 'body.heldOn', message: '日期不能晚于今天' }]);
    expect(
      (await post(secretary, url, meetingBody(2, daysAgo(51), { due: 7, present: 7, votesFor: 7 }))).body.issues?.[0]
        .path,
    ).toBe('body.heldOn');
    expect(
      (
        await post(secretary, url, {
          ...meetingBody(2, daysAgo(49), { due: 7, present: 7, votesFor: 7 }),
          due: undefined,
        })
      ).body.issues?.[0].path,
    ).toBe('body.due');
    expect((await post(secretary, url, meetingBody(2, daysAgo(49), { due: 7, present: 8, votesFor: 7 }))).status).toBe(
      400,
    );
    expect((await post(secretary, url, meetingBody(2, daysAgo(49), { due: 7, present: 5, votesFor: 6 }))).status).toBe(
      400,
    );
    expect(
      (
        await post(secretary, url, {
          ...meetingBody(2, daysAgo(49), { due: 7, present: 7, votesFor: 7 }),
          startTime: '10:00',
          endTime: '09:00',
        })
      ).status,
    ).toBe(400);
  });

  it('a stage that fails its quorum is recorded, does not advance, and is repeated after a revision', async () => {
    const url = `/api/decisions/matters/${matter.id}/meetings`;
    const failed = await post(secretary, url, meetingBody(2, daysAgo(49), { due: 7, present: 3, votesFor: 3 }));
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ status: 'returned', next: { seq: 2 } });
    expect(failed.body.records[1]).toMatchObject({ stageSeq: 2, passed: false, quorumMet: false, revision: 0 });
    expect(
      (await post(secretary, url, meetingBody(3, daysAgo(48), { due: 9, present: 9, votesFor: 9 }))).body.code,
    ).toBe('STAGE_ORDER');

    const revised = await secretary.patch(`/api/decisions/matters/${matter.id}`, {
      description: '补充电梯选址方案',
      note: '调整方案后重新提议',
    });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(readJson<MatterView>(revised)).toMatchObject({
      status: 'open',
      revision: 1,
      description: '补充电梯选址方案',
    });
    const repeated = await post(secretary, url, {
      ...meetingBody(2, daysAgo(48), { due: 7, present: 4, votesFor: 4 }),
      startTime: '14:30',
      endTime: '16:00',
    });
    expect(repeated.body.records[2]).toMatchObject({
      stageSeq: 2,
      attemptNo: 3,
      passed: true,
      quorumMet: true,
      revision: 1,
      startTime: '14:30',
    });
    expect(repeated.body.next).toMatchObject({ seq: 3 });
  });

  it('named attendees come from the registry (names copied) or as free text; residents of another community are refused', async () => {
    const url = `/api/decisions/matters/${matter.id}/meetings`;
    const [r1, r2] = c0().grids[1].residentIds;
    const foreign = fx.subdistricts[0].communities[1].grids[0].residentIds[0];
    expect(
      (
        await post(secretary, url, {
          ...meetingBody(3, daysAgo(47), { due: 9, present: 9, votesFor: 9 }),
          attendees: [{ residentId: foreign }],
        })
      ).status,
    ).toBe(404);
    const ok = await post(secretary, url, {
      ...meetingBody(3, daysAgo(47), { due: 9, present: 6, votesFor: 5 }),
      attendees: [{ residentId: r1 }, { name: '列席：街道包片干部' }, { residentId: r2 }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const names = await ctx.deps.db
      .selectFrom('residents')
      .select(['id', 'name'])
      .where('id', 'in', [r1, r2])
      .execute();
    const nameOf = (id: string) => names.find((n) => n.id === id)?.name;
    expect(ok.body.records[3].attendees).toEqual([
      { residentId: r1, name: nameOf(r1) },
      { residentId: null, name: '列席：街道包片干部' },
      { residentId: r2, name: nameOf(r2) },
    ]);
  });

  it("representatives' meeting: exactly 2/3 present is a quorum; half of those present is not a majority, more than half is", async () => {
    const url = `/api/decisions/matters/${matter.id}/meetings`;
    const half = await post(secretary, url, meetingBody(4, daysAgo(46), { due: 30, present: 20, votesFor: 10 }));
    expect(half.body.records[4]).toMatchObject({ quorumMet: true, passed: false });
    const under = await post(secretary, url, meetingBody(4, daysAgo(46), { due: 30, present: 19, votesFor: 19 }));
    expect(under.body.records[5]).toMatchObject({ quorumMet: false, passed: false });
    expect(under.body.status).toBe('returned');
    const ok = await post(secretary, url, meetingBody(4, daysAgo(45), { due: 30, present: 20, votesFor: 11 }));
    expect(ok.body.records[6]).toMatchObject({ quorumMet: true, passed: true });
    expect(ok.body).toMatchObject({ status: 'open', next: { seq: 5, kind: 'notice' } });
    expect(ok.body.abilities).toMatchObject({ recordMeeting: false, publishNotice: true });
    expect(
      (await post(secretary, url, meetingBody(5, daysAgo(44), { due: 1, present: 1, votesFor: 1 }))).body.code,
    ).toBe('STAGE_ORDER');
  });

  it('nothing of the matter is on the public board before its notice is published', async () => {
    const before = await board(c0().id);
    expect(before.items.filter((n) => n.matterId === matter.id)).toEqual([]);
  });

  it('the resolution notice is published for at least 7 days and appears on the public board', async () => {
    const url = `/api/decisions/matters/${matter.id}/notices`;
    const short = await post(secretary, url, {
      stageSeq: 5,
      noticeFrom: daysAgo(44),
      noticeUntil: daysAgo(39),
      content: '决议：加装电梯',
    });
    expect(short.body.issues).toEqual([{ path: 'body.noticeUntil', message: '公示期短于议事规则要求的天数' }]);
    expect(
      (
        await post(secretary, url, {
          stageSeq: 5,
          noticeFrom: daysAgo(44),
          noticeUntil: daysAgo(38),
          content: '联系人身份证410102199001011237',
        })
      ).status,
    ).toBe(400);
    const long = await post(secretary, url, {
      stageSeq: 5,
      noticeFrom: daysAgo(44),
      noticeUntil: addDays(daysAgo(44), 91),
      content: '决议',
    });
    expect(long.body.issues).toEqual([{ path: 'body.noticeUntil', message: '公示期最长90天' }]);
    const ok = await post(secretary, url, {
      stageSeq: 5,
      noticeFrom: daysAgo(44),
      noticeUntil: daysAgo(38),
      content: '经居民代表会议表决通过：3号院加装电梯。',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'implementing',
      next: { seq: 6, kind: 'notice', earliestOn: daysAgo(37) },
    });
    const notices = (await board(c0().id)).items.filter((n) => n.matterId === matter.id);
    expect(notices).toEqual([
      {
        id: ok.body.records[7].id,
        matterId: matter.id,
        unitId: c0().id,
        unitName: expect.any(String),
        kind: 'resolution',
        title: '3号院加装电梯',
        content: '经居民代表会议表决通过：3号院加装电梯。',
        noticeFrom: daysAgo(44),
        noticeUntil: daysAgo(38),
        current: false,
        rating: null,
      },
    ]);
  });

  it('implementation is tracked; the result notice waits for the resolution notice period to end', async () => {
    const impl = await secretary.patch(`/api/decisions/matters/${matter.id}/implementation`, {
      owner: '社区居委会（测试）',
      dueOn: daysAgo(-30),
    });
    expect(impl.statusCode, impl.body).toBe(200);
    const progress = await post(secretary, `/api/decisions/matters/${matter.id}/progress`, {
      notedOn: daysAgo(30),
      note: '完成招标',
      percent: 40,
    });
    expect(progress.body.implementation).toEqual({
      owner: '社区居委会（测试）',
      dueOn: daysAgo(-30),
      progress: [{ notedOn: daysAgo(30), note: '完成招标', percent: 40 }],
    });
    const url = `/api/decisions/matters/${matter.id}/notices`;
    expect(
      (await post(secretary, url, { stageSeq: 6, noticeFrom: daysAgo(38), noticeUntil: daysAgo(30), content: '结果' }))
        .body.code,
    ).toBe('NOTICE_RUNNING');
    expect(
      (
        await post(
          secretary,
          `/api/decisions/matters/${matter.id}/meetings`,
          meetingBody(6, daysAgo(30), { due: 1, present: 1, votesFor: 1 }),
        )
      ).body.code,
    ).toBe('CONFLICT');
  });

  it('publishing the result counts a problem solved; residents rate it once; the board shows the rating', async () => {
    const from = daysAgo(40);
    const to = daysAgo(0);
    const before = await tally(secretary, from, to);
    const ok = await post(secretary, `/api/decisions/matters/${matter.id}/notices`, {
      stageSeq: 6,
      noticeFrom: daysAgo(10),
      noticeUntil: daysAgo(4),
      content: '电梯已安装并投入使用。',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'completed', solvedOn: daysAgo(10), next: null });
    expect(ok.body.abilities).toMatchObject({
      recordMeeting: false,
      publishNotice: false,
      withdraw: false,
      revise: false,
    });
    const after = await tally(secretary, from, to);
    expect(after.solved).toBe(before.solved + 1);
    expect(after.perUnit.find((u) => u.unitId === c0().id)?.solved).toBe(
      (before.perUnit.find((u) => u.unitId === c0().id)?.solved ?? 0) + 1,
    );
    expect((await tally(secretary, daysAgo(9), to)).solved).toBe(before.solved);

    const rated = await resident.post(`/api/decisions/matters/${matter.id}/rating`, { score: 4, comment: '满意' });
    expect(readJson(rated)).toEqual({ count: 1, average: 4, mine: 4 });
    expect(
      readJson<ErrorBody>(await resident.post(`/api/decisions/matters/${matter.id}/rating`, { score: 5 })).code,
    ).toBe('DUPLICATE');
    expect(readJson(await neighbour.post(`/api/decisions/matters/${matter.id}/rating`, { score: 5 }))).toEqual({
      count: 2,
      average: 4.5,
      mine: 5,
    });
    expect((await resident.post(`/api/decisions/matters/${matter.id}/rating`, { score: 6 })).statusCode).toBe(400);

    const result = (await board(c0().id)).items.find((n) => n.matterId === matter.id && n.kind === 'result');
    expect(result).toMatchObject({
      content: '电梯已安装并投入使用。',
      current: false,
      rating: { count: 2, average: 4.5 },
    });
  });

  it('a completed matter accepts nothing but ratings (409 CONFLICT)', async () => {
    expect(
      (await post(secretary, `/api/decisions/matters/${matter.id}/withdraw`, { reason: '测试撤回原因' })).body.code,
    ).toBe('CONFLICT');
    expect(
      readJson<ErrorBody>(await secretary.patch(`/api/decisions/matters/${matter.id}`, { note: '再修改' })).code,
    ).toBe('CONFLICT');
    expect(
      (await post(secretary, `/api/decisions/matters/${matter.id}/progress`, { notedOn: daysAgo(1), note: '补记' }))
        .body.code,
    ).toBe('CONFLICT');
  });

  it('ratings need a completed matter; withdrawn matters take nothing', async () => {
    const open = await post(secretary, '/api/decisions/matters', {
      unitId: c0().id,
      templateId: templates[0].community,
      title: '拟撤回议题',
      source: 'assigned',
      sourceNote: '街道交办',
    });
    expect(
      readJson<ErrorBody>(await resident.post(`/api/decisions/matters/${open.body.id}/rating`, { score: 3 })).code,
    ).toBe('CONFLICT');
    const withdrawn = await post(secretary, `/api/decisions/matters/${open.body.id}/withdraw`, {
      reason: '情况已变化，不再办理',
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawnReason: '情况已变化，不再办理', next: null });
    expect(
      (
        await post(secretary, `/api/decisions/matters/${open.body.id}/meetings`, {
          stageSeq: 1,
          heldOn: daysAgo(1),
          place: '社区',
          form: 'in_person',
          minutes: '记录',
        })
      ).body.code,
    ).toBe('CONFLICT');
    expect(
      (await post(secretary, `/api/decisions/matters/${open.body.id}/withdraw`, { reason: '再次撤回测试' })).body.code,
    ).toBe('CONFLICT');
  });

  it("every write left exactly one audit record in the matter's community", async () => {
    const rows = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'org_path'])
      .where('subject_id', '=', matter.id)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'decision.matter.open',
      'decision.stage.record',
      'decision.stage.record',
      'decision.matter.revise',
      'decision.stage.record',
      'decision.stage.record',
      'decision.stage.record',
      'decision.stage.record',
      'decision.stage.record',
      'decision.notice.publish',
      'decision.implementation.update',
      'decision.progress.add',
      'decision.notice.publish',
      'decision.rating.add',
      'decision.rating.add',
    ]);
    expect(rows.every((r) => r.org_path === c0().path)).toBe(true);
  });
});

describe('deliberation hall: the village procedure (四议两公开) and templates', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let templates: [HallTemplates, HallTemplates];
  let admin: Client;
  let villageId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    templates = await installDecisions(ctx.deps, fx);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    villageId = (
      await createUnit(ctx.deps, systemActor(), {
        parentId: fx.subdistricts[0].id,
        kind: 'village',
        name: '测试村',
        validFrom: '2010-01-01',
      })
    ).id;
  });

  const open = async (oneShoulder: boolean) =>
    readJson<MatterView>(
      await admin.post('/api/decisions/matters', {
        unitId: villageId,
        templateId: templates[0].village,
        title: '村集体土地租赁',
        source: 'assigned',
        sourceNote: '街道交办',
        oneShoulder,
        openedOn: daysAgo(30),
      }),
    );
  const record = (id: string, body: Record<string, unknown>) =>
    admin.post(`/api/decisions/matters/${id}/meetings`, body);

  it('一肩挑: ① and ② are merged in one record that must meet both rules; the next stage is ③', async () => {
    const m = await open(true);
    expect(m.next).toMatchObject({ seq: 1, canMerge: true });
    const res = await record(m.id, {
      ...passingMeeting(1, daysAgo(20)),
      mergeNext: true,
      due: 7,
      present: 4,
      votesFor: 4,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = readJson<MatterView>(res);
    expect(after.records[0]).toMatchObject({ stageSeq: 1, throughSeq: 2, passed: true });
    expect(after.next).toMatchObject({ seq: 3, name: '党员大会审议', canMerge: false });
  });

  it('without 一肩挑 the merge is refused', async () => {
    const m = await open(false);
    expect(m.next?.canMerge).toBe(false);
    expect(readJson<ErrorBody>(await record(m.id, { ...passingMeeting(1, daysAgo(20)), mergeNext: true })).code).toBe(
      'STAGE_ORDER',
    );
  });

  it("Party members' assembly: a majority of those present is not enough; more than half of those due is", async () => {
    const m = await open(true);
    await record(m.id, { ...passingMeeting(1, daysAgo(20)), mergeNext: true });
    const present = readJson<MatterView>(
      await record(m.id, { ...passingMeeting(3, daysAgo(19)), due: 30, present: 20, votesFor: 15 }),
    );
    expect(present.records[1]).toMatchObject({ quorumMet: true, passed: false });
    const due = readJson<MatterView>(
      await record(m.id, { ...passingMeeting(3, daysAgo(18)), due: 30, present: 20, votesFor: 16 }),
    );
    expect(due.records[2]).toMatchObject({ quorumMet: true, passed: true });
    expect(due.next?.seq).toBe(4);
  });

  it('templates: an invalid one is refused with the failing stage named', async () => {
    const res = await admin.post('/api/decisions/templates', {
      ownerUnitId: fx.subdistricts[0].id,
      code: 'broken',
      name: '错误模板',
      appliesTo: 'community',
      stages: [
        { code: 'vote', name: '表决', body: 'representatives_meeting', quorum: { num: 2, den: 3, op: 'gte' } },
        { code: 'result', name: '结果公开', body: 'result_notice', noticeDays: 7 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(readJson<ErrorBody>(res).issues?.map((i) => i.path)).toEqual(['body.stages.0.pass', 'body.stages']);
    const ratio = await admin.post('/api/decisions/templates', {
      ownerUnitId: fx.subdistricts[0].id,
      code: 'broken',
      name: '错误模板',
      appliesTo: 'community',
      stages: [
        {
          code: 'vote',
          name: '表决',
          body: 'representatives_meeting',
          quorum: { num: 3, den: 2, op: 'gte' },
          pass: { num: 1, den: 2, op: 'gt', base: 'present' },
        },
      ],
    });
    expect(ratio.statusCode).toBe(400);
  });

  it('a new version retires the old one; a matter keeps the version it started under; the old version cannot start new matters', async () => {
    const m = await open(false);
    const created = await admin.post('/api/decisions/templates', {
      ownerUnitId: fx.subdistricts[0].id,
      code: 'four_deliberations',
      name: '四议两公开（修订）',
      appliesTo: 'village',
      stages: [
        {
          code: 'branch_proposes',
          name: '党支部会提议',
          body: 'branch_committee',
          quorum: { num: 1, den: 2, op: 'gt' },
          pass: { num: 1, den: 2, op: 'gt', base: 'due' },
        },
        {
          code: 'villagers_resolve',
          name: '村民会议决议',
          body: 'residents_meeting',
          quorum: { num: 1, den: 2, op: 'gt' },
          pass: { num: 1, den: 2, op: 'gt', base: 'present' },
        },
        { code: 'resolution_notice', name: '决议公开', body: 'resolution_notice', noticeDays: 10 },
        { code: 'result_notice', name: '实施结果公开', body: 'result_notice', noticeDays: 10 },
      ],
    });
    expect(created.statusCode, created.body).toBe(200);
    const v2 = readJson<{ id: string; version: number; status: string; inUse: boolean }>(created);
    expect(v2).toMatchObject({ version: 2, status: 'active', inUse: false });
    const v1 = readJson<{ status: string; inUse: boolean }>(
      await admin.get(`/api/decisions/templates/${templates[0].village}`),
    );
    expect(v1).toMatchObject({ status: 'retired', inUse: true });
    const kept = readJson<MatterView>(await admin.get(`/api/decisions/matters/${m.id}`));
    expect(kept).toMatchObject({ templateVersion: 1, template: { id: templates[0].village, version: 1 } });
    expect(kept.template.stages).toHaveLength(6);
    const refused = await admin.post('/api/decisions/matters', {
      unitId: villageId,
      templateId: templates[0].village,
      title: '旧版本',
      source: 'assigned',
      sourceNote: '交办',
    });
    expect(readJson<ErrorBody>(refused).code).toBe('CONFLICT');
    const onV2 = await admin.post('/api/decisions/matters', {
      unitId: villageId,
      templateId: v2.id,
      title: '新版本',
      source: 'assigned',
      sourceNote: '交办',
    });
    expect(readJson<MatterView>(onV2)).toMatchObject({ templateVersion: 2, next: { seq: 1 } });
  });

  it('a template of another subdistrict cannot be versioned or used', async () => {
    const foreign = await admin.post('/api/decisions/templates', {
      ownerUnitId: fx.subdistricts[1].id,
      code: 'four_deliberations',
      name: '越权',
      appliesTo: 'village',
      stages: [
        {
          code: 'vote',
          name: '表决',
          body: 'branch_committee',
          quorum: { num: 1, den: 2, op: 'gt' },
          pass: { num: 1, den: 2, op: 'gt', base: 'due' },
        },
        { code: 'resolution_notice', name: '决议公开', body: 'resolution_notice', noticeDays: 7 },
        { code: 'result_notice', name: '实施结果公开', body: 'result_notice', noticeDays: 7 },
      ],
    });
    expect(foreign.statusCode).toBe(404);
    const used = await admin.post('/api/decisions/matters', {
      unitId: villageId,
      templateId: templates[1].village,
      title: '越权',
      source: 'assigned',
      sourceNote: '交办',
    });
    expect(used.statusCode).toBe(404);
  });
});
