import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditedBatches } from '../audit/audit.service.ts';
import { personName, pick } from '../../seed/people-generator.ts';
import { demoDay as day } from '../../seed/demo-year.ts';
import { insertDeeds } from './good-deeds.repo.ts';
import type { GoodDeedTable } from './good-deeds.table.ts';

/** 1000+ good deeds recorded in 2015 and confirmed, bulk-inserted through the repo (one audit record per batch). */
export async function seedGoodDeeds(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor, communities } = ctx;
  const rand = ctx.random(2016);
  const now = nowIsoOf(deps.clock);
  const deeds = Array.from({ length: 1056 }, (_, i): GoodDeedTable => {
    const c = communities[i % communities.length];
    const m = 1 + (i % 12);
    return {
      id: newId(),
      community_id: c.id,
      doer_kind: i % 3 === 0 ? 'volunteer' : 'member',
      doer_name: personName(rand),
      beneficiary: pick(rand, ['独居老人', '困难家庭', '残疾居民', '留守儿童', '社区居民']),
      done_on: day(m, 1 + (i % 27)),
      description: pick(rand, [
        '帮助买菜送药',
        '义务维修水电',
        '陪同就医',
        '清理楼道杂物',
        '调解邻里纠纷',
        '辅导学生功课',
      ]),
      recorded_by: actor.userId,
      confirmed_by: actor.userId,
      confirmed_by_name: `${c.name}党委`,
      confirmed_at: `${day(m, 28)}T08:00:00.000Z`,
      created_at: now,
    };
  });
  await auditedBatches(deps, actor, 'good_deed.seed', ctx.subdistrictPath, deeds, insertDeeds);
}
