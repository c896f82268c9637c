import type { LeafContext, ModuleFigures } from '../indicators/indicators.types.ts';

/** Units of some kinds in force at the period's end, one each (the catalogue's territory figures). */
const unitsOfKind = async (ctx: LeafContext, kinds: string[]) =>
  (await ctx.unitsInForce()).filter((u) => kinds.includes(u.kind)).map((u) => ({ unitId: u.id, value: 1 }));

/** Territory's figures: communities and grids in force (live: a small registry). */
export const territoryFigures: ModuleFigures = {
  module: 'territory',
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
