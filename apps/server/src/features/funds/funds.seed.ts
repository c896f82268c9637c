import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { DEMO_MARK } from '../../seed/demo-subdistrict.ts';
import { approveOverBudget, createAllocation, recordExpenditure } from './funds.service.ts';
import { PARTY_BUILDING_FEN, VILLAGE_PARTY_FEN } from './funds.demo-data.ts';

/**
 * The 2015 Party-building special fund (the construction fund comes with the premises' projects, premises.seed.ts)
 * and one over-budget case: 秦江's equipment cost more than what remained; a leader approved the difference first.
 */
export async function seedFunds(deps: Deps, ctx: SeedContext): Promise<void> {
  const actor = ctx.system;
  const unit = (name: string) => ctx.territory.communities.get(name) as string;
  for (const [community, amountFen] of PARTY_BUILDING_FEN)
    await createAllocation(deps, actor, {
      recipientUnitId: unit(community),
      year: 2015,
      kind: 'party_building',
      purpose: '党建工作经费',
      amountFen,
      allocatedOn: '2015-04-01',
    });
  await createAllocation(deps, actor, {
    recipientUnitId: unit('南寨村'),
    year: 2015,
    kind: 'party_building',
    purpose: '拆迁不离党：流动党员活动经费',
    amountFen: VILLAGE_PARTY_FEN,
    allocatedOn: '2015-04-01',
  });

  const qj = await deps.db
    .selectFrom('fund_allocations')
    .select(['id', 'amount_fen'])
    .where('recipient_unit_id', '=', unit('秦江社区'))
    .where('kind', '=', 'community_construction')
    .executeTakeFirstOrThrow();
  const leader = await ctx.actorOf('leader');
  if (leader)
    await approveOverBudget(deps, leader, qj.id, {
      extraFen: 50_000_00,
      reason: `设备采购价格上涨，经班子会研究同意追加${DEMO_MARK}`,
    });
  await recordExpenditure(deps, actor, qj.id, {
    amountFen: Math.ceil(qj.amount_fen / 10) + 30_000_00,
    spentOn: '2015-11-20',
    purpose: '设备采购（含超预算部分）',
    projectId: null,
  });
}
