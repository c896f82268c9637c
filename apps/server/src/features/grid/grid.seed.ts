import type { CaseCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import type { SeedContext } from '../../seed-context.ts';
import { createUser } from '../users/users.service.ts';
import { unitsOfKinds } from '../territory/territory.service.ts';
import { assignPost } from './posts.service.ts';
import { submitReport } from './reports.service.ts';
import { actOnCase, createCase, recordSession } from './cases.write.service.ts';
import { DEMO_PASSWORD } from '../../seed/demo-accounts.ts';
import type { Clock } from '../../platform/clock.ts';
import { addDays, localDay, today } from '../../platform/local-date.ts';

/**
 * Grid governance demo: a screening specialist per community (in 秦江社区 the demo accounts `grid` and
 * `worker`), a week of daily reports (mostly zero reports, some findings, a few late or missing), and
 * dispute cases in every state — one of them overdue — all through the services, with past clocks.
 * 秦江社区第一网格 is left unreported today so the demo grid worker can file it.
 */
const DAYS = 7;
const hoursAgo = (clock: Clock, h: number) => new Date(clock.now().getTime() - h * 3_600_000).toISOString();
const dayBefore = (day: string, n: number) => addDays(day, -n);
const key = () => crypto.randomUUID();

const FINDINGS = [
  { kind: 'dispute', description: '楼上住户装修噪音，楼下老人多次反映', category: 'neighbours', risk: 'low' },
  { kind: 'risk', description: '小区车棚私拉电线给电动车充电', category: 'other', risk: 'medium' },
  { kind: 'visit', description: '走访独居老人2户，情况稳定' },
  { kind: 'dispute', description: '物业费上涨，部分业主有意见', category: 'property', risk: 'medium' },
] as const;

/** The current grids of a community, by path (micro-grids lie below them and are not grids). */
const gridsOf = (deps: Deps, ctx: SeedContext, communityId: string) =>
  unitsOfKinds(deps.db, ['grid'], { under: ctx.communities.find((c) => c.id === communityId)?.path ?? '' }).then(
    (units) => units.filter((u) => u.parent_id === communityId),
  );

export async function seedGrid(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system, territory: t } = ctx;
  const rand = ctx.random(2026);
  const admin = (await ctx.actorOf('admin')) ?? system;
  const secretary = (await ctx.actorOf('secretary')) ?? system;
  const grid = await ctx.actorOf('grid');
  const worker = await ctx.actorOf('worker');
  // Who reports for which grid: [actor, gridId, gridName][]
  const duty: [Actor, string, string][] = [];
  let n = 0;
  const since = hoursAgo(deps.clock, 24 * DAYS);
  for (const [name, communityId] of t.communities) {
    const grids = await gridsOf(deps, ctx, communityId);
    if (name === '秦江社区' && grid && worker) {
      await assignPost(deps, system, { gridId: grids[0].id, userId: grid.userId, post: 'leader' }, since);
      await assignPost(deps, system, { gridId: grids[0].id, userId: grid.userId, post: 'specialist' }, since);
      duty.push([grid, grids[0].id, grids[0].name]);
      for (const g of grids.slice(1)) {
        await assignPost(deps, system, { gridId: g.id, userId: worker.userId, post: 'specialist' }, since);
        duty.push([worker, g.id, g.name]);
      }
      continue;
    }
    n += 1;
    const u = await createUser(
      deps,
      system,
      {
        username: `screen${n}`,
        displayName: `${name}矛盾排查专员（演示）`,
        role: 'community_worker',
        scopeUnitId: communityId,
      },
      DEMO_PASSWORD,
    );
    const specialist = (await ctx.actorOf(`screen${n}`)) as Actor;
    for (const g of grids) {
      await assignPost(deps, system, { gridId: g.id, userId: u.id, post: 'specialist' }, since);
      duty.push([specialist, g.id, g.name]);
    }
  }

  const localToday = today(deps.clock);
  for (let d = DAYS; d >= 0; d--) {
    const day = dayBefore(localToday, d);
    for (const [actor, gridId, gridName] of duty) {
      const roll = rand();
      if (d === 0 && (gridName === '秦江社区第一网格' || gridName === '秦江社区第二网格' || roll < 0.3)) continue;
      if (d > 0 && roll < 0.04) continue; // missing
      const late = d > 0 && roll > 0.96;
      const finding = roll > 0.8 && roll <= 0.96 ? [FINDINGS[Math.floor(rand() * FINDINGS.length)]] : [];
      // On time: 08:00–15:00 Shanghai; late: the next morning.
      const at =
        d === 0
          ? undefined
          : late
            ? `${dayBefore(day, -1)}T01:30:00.000Z`
            : `${day}T0${Math.floor(rand() * 7)}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00.000Z`;
      await submitReport(
        deps,
        actor,
        { gridId, date: day, zero: finding.length === 0, items: finding.map((f) => ({ ...f })), idempotencyKey: key() },
        at,
      );
    }
  }

  if (!grid || !worker) return;
  const qj = duty.filter(([a]) => a === grid || a === worker).map(([, id]) => id);
  const [g1, g2] = qj;
  const base = (gridId: string, over: Record<string, unknown>): CaseCreate => ({
    gridId,
    source: 'visit' as const,
    category: 'neighbours',
    risk: 'low',
    place: '秦江路12号院',
    description: '邻里纠纷（演示）',
    parties: [
      { name: '张某（演示）', role: '申请人' },
      { name: '李某（演示）', role: '被申请人' },
    ],
    idempotencyKey: key(),
    ...over,
  });
  const flow = async (
    actor: Actor,
    gridId: string,
    over: Record<string, unknown>,
    startHoursAgo: number,
    steps: [Actor, Parameters<typeof actOnCase>[3]][],
  ) => {
    const c = await createCase(deps, actor, base(gridId, over), hoursAgo(deps.clock, startHoursAgo));
    let h = startHoursAgo;
    for (const [who, body] of steps) {
      h -= Math.max(1, Math.floor(startHoursAgo / (steps.length + 2)));
      if (body.action === 'resolve')
        await recordSession(
          deps,
          who,
          c.id,
          {
            heldOn: localDay(hoursAgo(deps.clock, h + 1)),
            mediators: [who.displayName, '人民调解员（演示）'],
            outcome: 'agreement',
            notes: '双方签订调解协议',
          },
          hoursAgo(deps.clock, h + 1),
        );
      await actOnCase(deps, who, c.id, body, hoursAgo(deps.clock, h));
    }
    return c.id;
  };
  const assignG = [grid, { action: 'assign', assigneeId: grid.userId }] as [Actor, Parameters<typeof actOnCase>[3]];
  const assignW = [worker, { action: 'assign', assigneeId: worker.userId }] as [Actor, Parameters<typeof actOnCase>[3]];
  await flow(grid, g1, { description: '楼上漏水，楼下住户要求赔偿（演示）' }, 2, []);
  // Registered three days ago and never accepted: red, overdue — for the secretary to escalate.
  await flow(grid, g1, { description: '相邻两户因楼道堆物争吵（演示）', place: '秦江路8号院3单元' }, 72, []);
  await flow(grid, g1, { category: 'family', description: '赡养老人费用分担纠纷（演示）' }, 20, [
    [grid, { action: 'accept' }],
  ]);
  await flow(worker, g2, { category: 'property', description: '物业停车收费争议（演示）' }, 30, [
    [worker, { action: 'accept' }],
    assignW,
  ]);
  const mediating = await flow(grid, g1, { category: 'labour', description: '装修工人工资拖欠（演示）' }, 60, [
    [grid, { action: 'accept' }],
    assignG,
    [grid, { action: 'mediate' }],
  ]);
  await recordSession(
    deps,
    grid,
    mediating,
    {
      heldOn: localDay(hoursAgo(deps.clock, 10)),
      mediators: ['秦江第一网格员（演示）'],
      outcome: 'adjourned',
      notes: '双方同意下周再谈',
    },
    hoursAgo(deps.clock, 10),
  );
  await flow(grid, g1, { description: '空调外机噪音（演示）' }, 100, [
    [grid, { action: 'accept' }],
    assignG,
    [grid, { action: 'mediate' }],
    [grid, { action: 'resolve', agreement: '外机移位，费用各半' }],
  ]);
  for (const d of [200, 150]) {
    await flow(worker, g2, { description: `宠物扰民纠纷（演示 ${d}）` }, d, [
      [worker, { action: 'accept' }],
      assignW,
      [worker, { action: 'mediate' }],
      [worker, { action: 'resolve', agreement: '文明养犬承诺书' }],
      [worker, { action: 'follow_up', note: '回访：已无扰民' }],
    ]);
  }
  await flow(worker, g2, { category: 'property', description: '电梯维修资金使用分歧（演示）' }, 120, [
    [worker, { action: 'accept' }],
    assignW,
    [worker, { action: 'mediate' }],
    [worker, { action: 'fail', note: '分歧较大' }],
  ]);
  await flow(grid, g1, { category: 'property', description: '小区公共收益分配（演示）' }, 40, [
    [grid, { action: 'escalate', reason: '涉及业委会，需社区协调' }],
  ]);
  await flow(
    grid,
    g1,
    { category: 'demolition', risk: 'high', description: '拆迁安置补偿争议，情绪激动（演示）' },
    6,
    [],
  );
  await flow(worker, g2, { category: 'land', description: '宅基地边界纠纷（演示）' }, 300, [
    [worker, { action: 'escalate', reason: '涉及土地权属，网格无法处理' }],
    [secretary, { action: 'accept' }],
    [secretary, { action: 'assign', assigneeId: secretary.userId }],
    [secretary, { action: 'mediate' }],
    [secretary, { action: 'resolve', agreement: '以测绘结果为准' }],
    [secretary, { action: 'follow_up', note: '回访：界桩已设' }],
  ]);
  await flow(worker, g2, { category: 'labour', description: '商户集体欠薪（演示）' }, 250, [
    [worker, { action: 'escalate', reason: '人数较多' }],
    [secretary, { action: 'accept' }],
    [secretary, { action: 'escalate', reason: '需街道劳动保障所介入' }],
    [admin, { action: 'accept' }],
    [admin, { action: 'assign', assigneeId: secretary.userId }],
    [admin, { action: 'mediate' }],
  ]);
}
