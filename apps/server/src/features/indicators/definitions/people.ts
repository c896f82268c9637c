import { residentsPerGridAt } from '../../residents/residents.stats.ts';
import type { IndicatorModule } from '../indicators.types.ts';
import { leavesOf } from './leaves.ts';

export const peopleIndicators: IndicatorModule = {
  module: 'people',
  title: { zh: '居民', en: 'Residents' },
  counters: [],
  indicators: [
    {
      code: 'people.residents', module: 'people', unit: 'persons', period: 'stock',
      name: { zh: '登记居民数', en: 'Registered residents' },
      definition: { zh: '期末在册（已登记、未注销）的居民人数', en: 'Residents registered and not removed at the end of the period' },
      scopeRule: { zh: '街道、社区、网格', en: 'Subdistrict, community, grid' },
      source: {
        kind: 'leaves',
        load: async (ctx) => leavesOf(ctx, [...(await residentsPerGridAt(ctx.deps, ctx.scope, ctx.to))].map(([unitId, value]) => ({ unitId, value }))),
      },
    },
  ],
};
