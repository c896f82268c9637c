import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { demoDay as day } from '../../seed/demo-year.ts';
import { createTraining } from './trainings.service.ts';

/** 2015: 3 study visits and 8 trainings for community secretaries and directors, through the service. */
export async function seedTrainings(deps: Deps, ctx: SeedContext): Promise<void> {
  const rand = ctx.random(2016);
  const trainees = ctx.communities.flatMap((c) => [
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
    await createTraining(deps, ctx.system, {
      unitId: ctx.territory.subdistrictId,
      kind,
      title,
      heldOn: day(m, 15),
      place: kind === 'study_visit' ? title.slice(1, 3) : '街道党群服务中心',
      participants: trainees.map((p) => ({ ...p, attended: rand() < 0.92 })),
    });
  }
}
