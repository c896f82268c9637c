import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { createItemVersion } from './items.service.ts';
import { setRollout } from './rollout.service.ts';
import { closeExercise, discloseExercise, openExercise, recordStep } from './exercises.write.service.ts';
import { submitComplaint } from './complaints.public.service.ts';
import { detectNow } from './alerts.service.ts';
import {
  ACCOUNTABILITY,
  DEMO_MARK,
  DEMO_POWER_ITEMS,
  EARLY_ROLLOUT,
  PILOTS,
  RISK_POINTS,
} from './integrity.demo-data.ts';
import type { Clock } from '../../platform/clock.ts';
import { addDays } from '../../platform/local-date.ts';

/** `hour` o'clock UTC, n days before the clock's UTC date. */
const daysAgo = (clock: Clock, n: number, hour = 2): string =>
  `${addDays(clock.now().toISOString().slice(0, 10), -n)}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** The 22-item demo power list, the pilots (南寨, 秦江) and early roll-out, a few exercises (one skipped step, one overdue), one anonymous report. */
export async function seedIntegrity(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor, territory: t } = ctx;
  const staff = { worker: await ctx.actorOf('worker'), secretary: await ctx.actorOf('secretary') };
  for (const i of DEMO_POWER_ITEMS) {
    await createItemVersion(deps, actor, {
      ownerUnitId: t.subdistrictId,
      code: i.code,
      name: i.name,
      category: i.category,
      policyBasis: `${i.basis}${DEMO_MARK}`,
      subject: i.subject,
      post: i.post,
      steps: i.steps.map(([name, actorPost, output, timeLimitDays]) => ({ name, actorPost, output, timeLimitDays })),
      timeLimitDays: i.limit,
      disclosure: i.disclosure
        ? { what: i.disclosure[0], where: '社区（村）公开栏及“基石”公示栏', withinDays: i.disclosure[1] }
        : null,
      supervisionBody: '街道纪检监察室、居（村）务监督委员会',
      riskPoints: RISK_POINTS[i.category],
      accountability: ACCOUNTABILITY,
      incompatible: i.incompatible,
      effectiveFrom: '2015-01-01',
      demo: true,
    });
  }
  const all = DEMO_POWER_ITEMS.map((i) => i.code);
  for (const name of PILOTS)
    await setRollout(deps, actor, { unitId: t.communities.get(name) as string, codes: all, enabled: true });
  for (const [name, codes] of Object.entries(EARLY_ROLLOUT))
    await setRollout(deps, actor, { unitId: t.communities.get(name) as string, codes, enabled: true });

  const qinjiang = t.communities.get('秦江社区') as string;
  const nanzhai = t.communities.get('南寨村') as string;
  const worker = staff.worker ?? { ...actor, userId: 'seed-qj-worker', displayName: '秦江社区民政专干（演示）' };
  const secretary = staff.secretary ?? { ...actor, userId: 'seed-qj-secretary', displayName: '秦江社区书记（演示）' };
  const clerk = { ...actor, userId: 'seed-nz-clerk', displayName: '南寨村报账员（演示）' };
  const head = { ...actor, userId: 'seed-nz-head', displayName: '南寨村委会主任（演示）' };
  const evidence = [{ title: '办理材料（演示）', ref: '档案室 2026-示例' }];

  // A clean relief application: every step in time, closed, disclosed.
  const clean = await openExercise(deps, worker, {
    unitId: qinjiang,
    itemCode: 'PL-03',
    title: '低保申请审核：3号院住户（演示）',
    openedAt: daysAgo(deps.clock, 25),
  });
  for (const [seq, ago, who] of [
    [1, 24, worker],
    [2, 18, worker],
    [3, 12, worker],
    [4, 10, secretary],
  ] as const) {
    await recordStep(deps, who, clean.id, { stepSeq: seq, doneAt: daysAgo(deps.clock, ago), evidence });
  }
  await closeExercise(deps, secretary, clean.id, { closedAt: daysAgo(deps.clock, 10, 8) });
  await discloseExercise(deps, worker, clean.id, { publishedAt: daysAgo(deps.clock, 8), where: '秦江社区公开栏' });

  // Temporary relief with the verification step skipped: a skipped-step alert.
  const skipped = await openExercise(deps, worker, {
    unitId: qinjiang,
    itemCode: 'PL-04',
    title: '临时救助：突发疾病家庭（演示）',
    openedAt: daysAgo(deps.clock, 3),
  });
  await recordStep(deps, worker, skipped.id, { stepSeq: 1, doneAt: daysAgo(deps.clock, 3, 4), evidence });
  await recordStep(deps, secretary, skipped.id, { stepSeq: 3, doneAt: daysAgo(deps.clock, 2), evidence });

  // A large payment still open well past its limits: step and exercise overdue.
  const overdue = await openExercise(deps, clerk, {
    unitId: nanzhai,
    itemCode: 'PL-02',
    title: '村道硬化工程款支付（演示）',
    openedAt: daysAgo(deps.clock, 40),
  });
  await recordStep(deps, clerk, overdue.id, { stepSeq: 1, doneAt: daysAgo(deps.clock, 39), evidence });
  await recordStep(deps, head, overdue.id, { stepSeq: 2, doneAt: daysAgo(deps.clock, 35), evidence });

  // Just opened, within its limits.
  await openExercise(deps, clerk, { unitId: nanzhai, itemCode: 'PL-11', title: '居住证明开具（演示）' });

  await submitComplaint(
    deps,
    { ip: 'local', requestId: 'seed' },
    {
      unitId: qinjiang,
      targetKind: 'item',
      targetText: '困难群众补助发放',
      anonymous: true,
      content: '反映本楼院困难补助名单未张榜公示，部分家庭情况与名单不符，请核查。（演示）',
    },
  );

  // The back-dated records above were judged as of their own dates; today's detection run finds what is overdue now.
  await detectNow(deps, actor, {});
}
