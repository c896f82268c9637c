import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { createAllocation, recordExpenditure } from '../funds/funds.service.ts';
import { DEMO_MARK } from '../../seed/demo-subdistrict.ts';
import { addRoom, createPremises } from './premises.service.ts';
import { actOnProject, createProject } from './projects.service.ts';
import { DEMO_PREMISES, DEMO_ROOMS } from './premises.demo-data.ts';

/**
 * A service centre with its rooms in every community, and its 2015 construction project: paid from the community's
 * construction allocation (created here through the funds service, with the project's expenditure), completed
 * where the report counts added area, still locating a site in 电新街. Everything through the services.
 */
export async function seedPremises(deps: Deps, ctx: SeedContext): Promise<void> {
  const actor = ctx.system;
  const unit = (name: string) => ctx.territory.communities.get(name) as string;
  for (const p of DEMO_PREMISES) {
    const premises = await createPremises(deps, actor, {
      unitId: unit(p.community),
      name: p.name,
      areaM2: p.baseM2,
      obtained: p.obtained,
      address: `郑州市中原区${p.community}${DEMO_MARK}`,
      openingHours: '周一至周日 8:30-20:30',
      inUseFrom: p.inUseFrom,
    });
    for (const r of DEMO_ROOMS) await addRoom(deps, actor, premises.id, r);

    const construction = await createAllocation(deps, actor, {
      recipientUnitId: unit(p.community),
      year: 2015,
      kind: 'community_construction',
      purpose: '社区服务阵地建设',
      amountFen: p.constructionFen,
      allocatedOn: '2015-03-15',
    });
    if (p.added2015 > 0) {
      const project = await createProject(deps, actor, {
        premisesId: premises.id,
        name: `${p.community}服务用房扩建改造`,
        adds: 'both',
        budgetFen: p.constructionFen,
        fundSource: '社区建设专项经费',
        allocationId: construction.id,
        priorityProject: true,
        priorityFunds: true,
        priorityEquipment: true,
        plannedAreaM2: p.added2015,
        equipment: '健身器材、多媒体设备、日间照料设施',
      });
      await actOnProject(deps, actor, project.id, { action: 'start', on: '2015-04-01' });
      await actOnProject(deps, actor, project.id, { action: 'complete', on: p.completedOn, areaAddedM2: p.added2015 });
      await recordExpenditure(deps, actor, construction.id, {
        amountFen: Math.floor((p.constructionFen * 9) / 10),
        spentOn: p.completedOn,
        purpose: '扩建改造工程款',
        projectId: project.id,
      });
    } else {
      const project = await createProject(deps, actor, {
        premisesId: premises.id,
        name: `${p.community}服务用房新建（选址中）`,
        adds: 'area',
        budgetFen: p.constructionFen,
        fundSource: '社区建设专项经费',
        allocationId: construction.id,
        priorityProject: true,
        priorityFunds: false,
        priorityEquipment: false,
        plannedAreaM2: 600,
        equipment: '',
      });
      await actOnProject(deps, actor, project.id, { action: 'start', on: '2015-10-08' });
    }
  }
}
