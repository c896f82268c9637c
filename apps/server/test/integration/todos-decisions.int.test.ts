import { beforeAll, describe, expect, it } from 'vitest';
import type { MatterView, TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, type Client } from '../sessions.ts';
import { advance, installDecisions, openAssigned, passingMeeting, type HallTemplates } from '../decisions-support.ts';
import { storedAndRecounted, randomBelow } from '../todos-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createProposal, declineProposal } from '../../src/features/decisions/proposals.service.ts';
import { getMatter, openMatter, withdrawMatter } from '../../src/features/decisions/matters.service.ts';
import { publishNotice, recordMeeting } from '../../src/features/decisions/stages.service.ts';
import { setImplementation } from '../../src/features/decisions/implementation.service.ts';
import { decisionTodoKinds } from '../../src/features/decisions/decisions.todos.ts';
import { noticeTodosJob } from '../../src/features/decisions/notice-todos.job.ts';
import { addDays, dayEnd, localDay } from '../../src/platform/local-date.ts';
import type { Deps } from '../../src/deps.ts';

/**
 * The hall's to-do items (decisions.todos.ts) through the to-do centre: a resident's proposal waiting at the hall's
 * post until adopted or declined, a matter's implementation due date, a published notice until its period ends
 * (closed by the daily job); and — with the clock fixed — random workflows after which the open items always equal
 * a recount.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// A fixed clock near the real date (the test helpers date records from the real date).
const T0 = new Date(Math.floor(Date.now() / HOUR) * HOUR);

const runNoticeJob = (deps: Deps, subdistrictId: string) =>
  noticeTodosJob.run(deps, {
    kind: noticeTodosJob.kind,
    key: subdistrictId,
    scheduledFor: deps.clock.now().toISOString(),
    attempt: 1,
    now: () => deps.clock.now(),
  });

describe('deliberation hall to-do items', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let templates: [HallTemplates, HallTemplates];
  let worker: Client;
  let secretary: Client;
  let resident: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const items = async (c: Client) =>
    readJson<TodoListView>(await c.get('/api/todos'))
      .items.filter((i) => i.module === 'decisions')
      .map((i) => ({ kind: i.kind, ref: i.ref, urgency: i.urgency, dueAt: i.dueAt, link: i.link }));
  const day = () => localDay(ctx.deps.clock.now());

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T0);
    fx = await buildFixture(ctx.deps);
    templates = await installDecisions(ctx.deps, fx);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    resident = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
  });

  it("waits at the hall's post for a proposal until it is adopted or declined", async () => {
    const propose = async (title: string) => {
      const res = await resident.post('/api/decisions/proposals', { unitId: c0().id, title, content: '王大妈提议' });
      expect(res.statusCode, res.body).toBe(200);
      return readJson<{ id: string }>(res).id;
    };
    const first = await propose('增设楼道扶手');
    const second = await propose('修缮小区凉亭');
    const expected = ['修缮小区凉亭', '增设楼道扶手'].map((ref) => ({
      kind: 'decisions.proposal-to-accept',
      ref,
      urgency: 'normal',
      dueAt: null,
      link: '/hall/proposals',
    }));
    expect((await items(worker)).sort((a, b) => a.ref.localeCompare(b.ref))).toEqual(
      expected.sort((a, b) => a.ref.localeCompare(b.ref)),
    );
    expect((await items(secretary)).length).toBe(2);
    const others = [
      resident,
      await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[1].id),
      await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[1].communities[0].id),
      await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id),
      await clientFor(ctx.app, ctx.deps, 'inspector', fx.subdistricts[0].id),
    ];
    for (const o of others) expect(await items(o)).toEqual([]);
    expect(JSON.stringify(await items(worker))).not.toMatch(/王大妈/);

    const declined = await secretary.post(`/api/decisions/proposals/${first}/decline`, {
      reason: '不属于居民自治事项',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect((await items(worker)).map((i) => i.ref)).toEqual(['修缮小区凉亭']);
    const adopted = await worker.post('/api/decisions/matters', {
      unitId: c0().id,
      templateId: templates[0].community,
      title: '修缮小区凉亭',
      source: 'proposal',
      proposalIds: [second],
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(await items(worker)).toEqual([]);
  });

  it("shows a running notice until its period ends and the implementation's due date until the result", async () => {
    const m = await advance(ctx.deps, (await openAssigned(ctx.deps, c0().id, templates[0].community)).id, 4);
    expect(m.next?.kind).toBe('notice');
    const until = addDays(day(), 6);
    const notice = await worker.post(`/api/decisions/matters/${m.id}/notices`, {
      stageSeq: 5,
      noticeFrom: day(),
      noticeUntil: until,
      content: '决议公开：测试',
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const link = `/hall/matters/${m.id}`;
    const ending = { kind: 'decisions.notice-ending', ref: m.title, urgency: 'normal', dueAt: dayEnd(until), link };
    expect(await items(worker)).toEqual([ending]);
    expect(
      await items(await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[1].id)),
    ).toEqual([]);

    // the implementation's owner and due date: a second item, yellow two days before the due date
    const dueOn = addDays(day(), 20);
    const impl = await secretary.patch(`/api/decisions/matters/${m.id}/implementation`, { owner: '物业办', dueOn });
    expect(impl.statusCode, impl.body).toBe(200);
    const stage = { kind: 'decisions.stage-due', ref: m.title, urgency: 'normal', dueAt: dayEnd(dueOn), link };
    expect((await items(secretary)).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([ending, stage]);

    // the notice's last days: yellow; after its period the daily job closes it
    ctx.deps.clock.set(new Date(T0.getTime() + 5 * DAY));
    expect((await items(worker)).find((i) => i.kind === 'decisions.notice-ending')?.urgency).toBe('yellow');
    ctx.deps.clock.set(new Date(T0.getTime() + 7 * DAY + HOUR));
    expect((await items(worker)).find((i) => i.kind === 'decisions.notice-ending')?.urgency).toBe('overdue');
    await runNoticeJob(ctx.deps, fx.subdistricts[0].id);
    expect((await items(worker)).map((i) => i.kind)).toEqual(['decisions.stage-due']);

    // the published result closes the implementation's item and opens the result notice's
    const result = await worker.post(`/api/decisions/matters/${m.id}/notices`, {
      stageSeq: 6,
      noticeFrom: day(),
      noticeUntil: addDays(day(), 6),
      content: '实施结果公开：测试',
    });
    expect(result.statusCode, result.body).toBe(200);
    expect((await items(worker)).map((i) => i.kind)).toEqual(['decisions.notice-ending']);
    ctx.deps.clock.set(T0);
  });

  it('keeps the open items equal to a recount through random workflows (fixed clock)', async () => {
    const deps = ctx.deps;
    const sd = fx.subdistricts[1];
    const template = templates[1].community;
    const residents: string[] = [];
    for (const c of sd.communities) residents.push((await makeUser(deps, 'resident', c.id)).id);
    const rand = randomBelow(41);
    const sys = systemActor();
    const proposals: { id: string; unit: string; open: boolean }[] = [];
    const matters: string[] = [];
    const done = new Set<string>(); // completed or withdrawn
    const steps: string[] = [];
    const seen = new Set<string>();
    let t = T0.getTime();
    const today = () => localDay(new Date(t));
    for (let step = 0; step < 120; step++) {
      const pick = rand(12);
      const ci = rand(sd.communities.length);
      const unit = sd.communities[ci]?.id as string;
      const live = matters.filter((id) => !done.has(id));
      if (pick <= 1) {
        const actor = { ...sys, userId: residents[ci] as string, role: 'resident' as const };
        const p = await createProposal(deps, actor, { unitId: unit, title: `提议${step}`, content: '内容' });
        proposals.push({ id: p.id, unit, open: true });
        steps.push('propose');
      } else if (pick === 2) {
        const p = proposals.find((x) => x.open);
        if (p) {
          await declineProposal(deps, sys, p.id, { reason: '暂不列入议题' });
          p.open = false;
          steps.push('decline');
        }
      } else if (pick === 3 || (pick <= 9 && live.length === 0)) {
        const adopt = proposals.filter((x) => x.open && x.unit === unit).slice(0, 1 + rand(2));
        const m = adopt.length
          ? await openMatter(deps, sys, {
              unitId: unit,
              templateId: template,
              title: `议题${step}`,
              description: '',
              source: 'proposal',
              proposalIds: adopt.map((p) => p.id),
              oneShoulder: false,
            })
          : await openAssigned(deps, unit, template, { title: `议题${step}`, openedOn: today() });
        for (const p of adopt) p.open = false;
        matters.push(m.id);
        steps.push(adopt.length ? 'adopt' : 'open');
      } else if (pick <= 8) {
        const id = live[rand(live.length)] as string;
        const m: MatterView = await getMatter(deps, sys, id);
        const from = m.next?.earliestOn && m.next.earliestOn > today() ? null : today();
        if (m.status === 'returned' || (m.status === 'open' && rand(8) === 0)) {
          await withdrawMatter(deps, sys, id, { reason: '情况变化，撤回' });
          done.add(id);
          steps.push('withdraw');
        } else if (m.next && from && m.next.kind === 'notice') {
          const until = addDays(from, 6 + rand(4));
          const after = await publishNotice(deps, sys, id, {
            stageSeq: m.next.seq,
            noticeFrom: from,
            noticeUntil: until,
            content: '公示',
          });
          if (after.status === 'completed') done.add(id);
          steps.push('notice');
        } else if (m.next && from) {
          await recordMeeting(deps, sys, id, passingMeeting(m.next.seq, from));
          steps.push('meeting');
        }
      } else if (pick === 9) {
        const id = live[rand(live.length)] as string;
        if ((await getMatter(deps, sys, id)).status === 'implementing') {
          await setImplementation(deps, sys, id, { owner: '居委会', dueOn: addDays(today(), rand(20) - 5) });
          steps.push('implementation');
        }
      } else {
        t += (1 + rand(4)) * DAY;
        deps.clock.set(new Date(t));
        await runNoticeJob(deps, sd.id);
        steps.push('time');
      }
      const { stored, recounted } = await storedAndRecounted(deps, new Date(t).toISOString(), {
        kinds: decisionTodoKinds,
        subdistrictId: sd.id,
      });
      expect(stored, `after steps ${steps.join(', ')}`).toEqual(recounted);
      for (const line of stored) seen.add(line.split(' ')[0] as string);
    }
    expect([...seen].sort()).toEqual(decisionTodoKinds.map((k) => k.kind).sort());
    expect(new Set(steps).size, steps.join()).toBeGreaterThan(7);
    expect(steps.filter((x) => x === 'notice').length, steps.join()).toBeGreaterThan(3);
    deps.clock.set(T0);
  });
});
