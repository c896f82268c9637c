import type { IndicatorModule, LeafContext } from '../indicators.types.ts';
import { leavesOf, unitsInForceShared } from './leaves.ts';

const unitsOfKind = async (ctx: LeafContext, kinds: string[]) =>
  leavesOf(
    ctx,
    (await unitsInForceShared(ctx)).filter((u) => kinds.includes(u.kind)).map((u) => ({ unitId: u.id, value: 1 })),
  );

export const territoryIndicators: IndicatorModule = {
  module: 'territory',
  title: { zh: '辖区与网格', en: 'Territory and grids' },
  counters: [],
  indicators: [
    {
      code: 'territory.communities',
      module: 'territory',
      unit: 'count',
      period: 'stock',
      name: { zh: '社区（村）数', en: 'Communities and villages' },
      definition: { zh: '期末在册的社区和村的个数', en: 'Communities and villages in force at the end of the period' },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      source: { kind: 'leaves', load: (ctx) => unitsOfKind(ctx, ['community', 'village']) },
    },
    {
      code: 'territory.grids',
      module: 'territory',
      unit: 'count',
      period: 'stock',
      name: { zh: '网格数', en: 'Grids' },
      definition: { zh: '期末在册的网格个数', en: 'Grids in force at the end of the period' },
      scopeRule: { zh: '街道、社区、网格', en: 'Subdistrict, community, grid' },
      source: { kind: 'leaves', load: (ctx) => unitsOfKind(ctx, ['grid']) },
    },
  ],
};
