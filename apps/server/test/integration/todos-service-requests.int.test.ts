import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestAction, RequestStatus, TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, clientForUser, makeUser, type Client } from '../sessions.ts';
import { installServices, providerAccount, type CommunityServices } from '../services-support.ts';
import { storedAndRecounted, randomBelow } from '../todos-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { actOnRequest, recordOnBehalf, submitRequest } from '../../src/features/service-requests/requests.service.ts';
import { requestTransition } from '../../src/features/service-requests/service-requests.workflow.ts';
import { requestTodoKinds } from '../../src/features/service-requests/service-requests.todos.ts';
import { overdueTodosJob } from '../../src/features/service-requests/overdue-todos.job.ts';
import type { Deps } from '../../src/deps.ts';

/**
 * The service requests' to-do items (service-requests.todos.ts) through the to-do centre: a request waiting to be
 * dispatched at its community's service post (overdue past its time limit, one item), a dispatched request past its
 * limit as an overdue item opened by the job, and — with the clock fixed — random workflows after which the open
 * items always equal a recount.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const T0 = '2026-12-07T02:00:00.000Z';
const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

const runOverdueJob = (deps: Deps, subdistrictId: string, now: string) =>
  overdueTodosJob.run(deps, {
    kind: overdueTodosJob.kind,
    key: subdistrictId,
    scheduledFor: now,
    attempt: 1,
    now: () => new Date(now),
  });

describe('service request to-do items', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let s: CommunityServices;
  let worker: Client;
  let secretary: Client;
  let resident: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const list = async (c: Client) => readJson<TodoListView>(await c.get('/api/todos'));
  const requestItems = async (c: Client) =>
    (await list(c)).items
      .filter((i) => i.module === 'service-requests')
      .map((i) => ({ kind: i.kind, ref: i.ref, urgency: i.urgency, link: i.link, dueAt: i.dueAt, mine: i.mine }));

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T0);
    fx = await buildFixture(ctx.deps);
    s = await installServices(ctx.deps, c0().id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    resident = await clientFor(ctx.app, ctx.deps, 'resident', c0().id);
  });

  it("addresses a waiting request to its community's service post, overdue past its limit, closed by dispatch", async () => {
    const sent = await resident.post('/api/portal/requests', {
      serviceId: s.providerServiceId,
      description: '需要送餐',
      address: '测试路1号院3单元',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const r = readJson<{ id: string }>(sent);
    const item = {
      kind: 'service-requests.to-dispatch',
      ref: '老年助餐',
      urgency: 'normal',
      link: `/services?tab=requests&request=${r.id}`,
      dueAt: at(24 * HOUR), // the service's 24-hour limit
      mine: false,
    };
    expect(await requestItems(worker)).toEqual([item]);
    expect(await requestItems(secretary)).toEqual([item]);
    // nobody else: the resident, another community's worker, the subdistrict, a read-only inspector, a grid worker
    const others = [
      resident,
      await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[1].id),
      await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[1].communities[0].id),
      await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id),
      await clientFor(ctx.app, ctx.deps, 'inspector', fx.subdistricts[0].id),
      await clientFor(ctx.app, ctx.deps, 'grid_worker', c0().grids[0].id),
    ];
    for (const o of others) expect(await requestItems(o)).toEqual([]);
    // never the resident's address or description
    expect((await list(worker)).items.map((i) => JSON.stringify(i)).join()).not.toMatch(/测试路|送餐/);

    // accepted: still waiting to be dispatched; yellow in the last quarter of the limit, overdue after it
    expect((await worker.post(`/api/services/requests/${r.id}/actions`, { action: 'accept' })).statusCode).toBe(200);
    ctx.deps.clock.set(at(19 * HOUR));
    expect((await requestItems(worker)).map((i) => [i.kind, i.urgency])).toEqual([
      ['service-requests.to-dispatch', 'yellow'],
    ]);
    ctx.deps.clock.set(at(25 * HOUR));
    expect((await requestItems(worker)).map((i) => [i.kind, i.urgency])).toEqual([
      ['service-requests.to-dispatch', 'overdue'],
    ]);

    // dispatched past the limit: the waiting item closes and the overdue item opens in the same write
    const dispatch = await worker.post(`/api/services/requests/${r.id}/actions`, {
      action: 'dispatch',
      assigneeKind: 'provider',
      assigneeId: s.providerId,
    });
    expect(dispatch.statusCode, dispatch.body).toBe(200);
    expect((await requestItems(secretary)).map((i) => [i.kind, i.urgency])).toEqual([
      ['service-requests.overdue', 'overdue'],
    ]);

    // the provider completes it: closed
    const provider = await clientForUser(ctx.app, ctx.deps, (await providerAccount(ctx.deps, s)).id);
    expect((await provider.post(`/api/provider/orders/${r.id}/actions`, { action: 'start' })).statusCode).toBe(200);
    expect((await provider.post(`/api/provider/orders/${r.id}/actions`, { action: 'complete' })).statusCode).toBe(200);
    expect(await requestItems(worker)).toEqual([]);
    ctx.deps.clock.set(T0);
  });

  it('opens the overdue item of a dispatched request when its limit passes (the job), and rejection closes', async () => {
    ctx.deps.clock.set(T0);
    const recorded = await worker.post('/api/services/requests', {
      serviceId: s.serviceId,
      channel: 'phone',
      description: '空调不制冷',
      address: '测试路2号',
      contactName: '王某',
      contactPhone: '13900001111',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const r = readJson<{ id: string }>(recorded);
    const rejected = readJson<{ id: string }>(
      await worker.post('/api/services/requests', {
        serviceId: s.serviceId,
        channel: 'visit',
        description: '重复登记',
        address: '测试路2号',
        contactName: '李某',
        contactPhone: '13900002222',
      }),
    );
    expect((await requestItems(worker)).map((i) => i.kind)).toEqual([
      'service-requests.to-dispatch',
      'service-requests.to-dispatch',
    ]);
    expect(JSON.stringify(await list(worker))).not.toMatch(/王某|13900001111/);
    const reject = await worker.post(`/api/services/requests/${rejected.id}/actions`, {
      action: 'reject',
      note: '重复登记',
    });
    expect(reject.statusCode, reject.body).toBe(200);
    for (const action of ['accept', 'dispatch'])
      expect(
        (
          await worker.post(`/api/services/requests/${r.id}/actions`, {
            action,
            ...(action === 'dispatch' && { assigneeKind: 'team', assigneeId: '社区志愿服务队' }),
          })
        ).statusCode,
      ).toBe(200);
    expect(await requestItems(worker)).toEqual([]);

    const late = at(49 * HOUR); // the 48-hour limit has passed; no write marks it
    ctx.deps.clock.set(late);
    expect(await requestItems(worker)).toEqual([]);
    await runOverdueJob(ctx.deps, fx.subdistricts[0].id, late);
    expect((await requestItems(worker)).map((i) => [i.kind, i.urgency, i.dueAt])).toEqual([
      ['service-requests.overdue', 'overdue', at(48 * HOUR)],
    ]);
    for (const action of ['start', 'complete'])
      expect((await worker.post(`/api/services/requests/${r.id}/actions`, { action })).statusCode).toBe(200);
    expect(await requestItems(worker)).toEqual([]);
    ctx.deps.clock.set(T0);
  });

  it('keeps the open items equal to a recount through random workflows (fixed clock)', async () => {
    const deps = ctx.deps;
    const sd = fx.subdistricts[1];
    let t = Date.parse('2026-12-08T01:00:00.000Z');
    deps.clock.set(new Date(t));
    const services = [];
    const residents: string[] = [];
    for (const c of sd.communities) {
      services.push(await installServices(deps, c.id));
      residents.push((await makeUser(deps, 'resident', c.id)).id);
    }
    const rand = randomBelow(11);
    const sys = systemActor();
    const requests: { id: string; submitter: string | null; status: RequestStatus; provider: string }[] = [];
    const steps: string[] = [];
    const seen = new Set<string>();
    const ACTIONS: RequestAction[] = ['accept', 'dispatch', 'reject', 'start', 'complete', 'rate', 'close'];
    for (let step = 0; step < 80; step++) {
      const pick = rand(10);
      if (pick <= 2 || requests.length === 0) {
        const i = rand(services.length);
        const svc = services[i] as CommunityServices;
        const serviceId = rand(2) === 0 ? svc.serviceId : svc.providerServiceId;
        if (rand(2) === 0) {
          const submitter = residents[i] as string;
          const actor = { ...sys, userId: submitter, role: 'resident' as const };
          const v = await submitRequest(deps, actor, { serviceId, description: '测试诉求', address: '测试路' });
          requests.push({ id: v.id, submitter, status: v.status, provider: svc.providerId });
          steps.push('submit');
        } else {
          const v = await recordOnBehalf(deps, sys, {
            serviceId,
            channel: 'phone',
            description: '来电诉求',
            address: '测试路',
            contactName: '赵某',
            contactPhone: '13900003333',
          } as never);
          requests.push({ id: v.id, submitter: null, status: v.status, provider: svc.providerId });
          steps.push('record');
        }
      } else if (pick <= 7) {
        const legalOn = (r: (typeof requests)[number]) =>
          ACTIONS.filter((a) => requestTransition(r.status, a) && (a !== 'rate' || r.submitter));
        const live = requests.filter((r) => legalOn(r).length > 0);
        const r = live[rand(Math.max(live.length, 1))];
        const legal = r ? legalOn(r) : [];
        const action = legal[rand(Math.max(legal.length, 1))];
        if (r && action) {
          const actor = action === 'rate' ? { ...sys, userId: r.submitter as string, role: 'resident' as const } : sys;
          const v = await actOnRequest(deps, actor, r.id, {
            action,
            note: action === 'reject' ? '不属于服务范围' : '',
            ...(action === 'dispatch' &&
              (rand(2) === 0
                ? { assigneeKind: 'provider', assigneeId: r.provider }
                : { assigneeKind: 'team', assigneeId: '志愿服务队' })),
            ...(action === 'rate' && { rating: 1 + rand(5) }),
          } as never);
          r.status = v.status;
          steps.push(action);
        }
      } else {
        t += (1 + rand(20)) * HOUR;
        deps.clock.set(new Date(t));
        await runOverdueJob(deps, sd.id, new Date(t).toISOString());
        steps.push('time');
      }
      const { stored, recounted } = await storedAndRecounted(deps, new Date(t).toISOString(), {
        kinds: requestTodoKinds,
        subdistrictId: sd.id,
      });
      expect(stored, `after steps ${steps.join(', ')}`).toEqual(recounted);
      for (const line of stored) seen.add(line.split(' ')[0] as string);
    }
    expect(steps.filter((x) => x === 'dispatch').length).toBeGreaterThan(3);
    expect(new Set(steps).size, steps.join()).toBeGreaterThan(7);
    expect([...seen].sort()).toEqual(['service-requests.overdue', 'service-requests.to-dispatch']);
    deps.clock.set(T0);
  });
});
