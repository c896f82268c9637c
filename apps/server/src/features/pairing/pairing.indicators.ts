import type { LeafContext, ModuleFigures } from '../indicators/indicators.types.ts';
import { needyPerGrid } from '../residents/residents.stats.ts';

/** Needy residents per grid (the residents module's figure), or only those a pairing started by `pairedBy` targets. */
const needy = (ctx: LeafContext, pairedBy?: string) =>
  needyPerGrid(
    ctx.deps.db,
    pairedBy === undefined
      ? undefined
      : ctx.deps.db
          .selectFrom('pairings')
          .select('target_resident_id as resident_id')
          .where('target_resident_id', 'is not', null)
          .where('started_on', '<=', pairedBy)
          .$narrowType<{ resident_id: string }>(),
  );

const WITH_GRIDS = { zh: '街道、社区、网格', en: 'Subdistrict, community, grid' };

/** The pairing module's figures: needy residents, those paired with a Party member, and the coverage. */
export const pairingFigures: ModuleFigures = {
  module: 'pairing',
  counters: [],
  indicators: [
    {
      code: 'party_life.needy_households',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '困难群众数', en: 'Needy residents' },
      definition: { zh: '当前登记为困难群众的在册居民数', en: 'Registered residents currently marked as needy' },
      scopeRule: WITH_GRIDS,
      source: { kind: 'leaves', load: (ctx) => needy(ctx) },
    },
    {
      code: 'party_life.needy_paired',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '已结对困难群众数', en: 'Needy residents paired' },
      definition: {
        zh: '期末已有党员结对帮扶的困难群众数',
        en: 'Needy residents with a Party member paired to help them by the end of the period',
      },
      scopeRule: WITH_GRIDS,
      source: { kind: 'leaves', load: (ctx) => needy(ctx, ctx.to) },
    },
    {
      code: 'party_life.pairing_coverage',
      module: 'party_life',
      unit: 'share',
      period: 'stock',
      name: { zh: '结对帮扶覆盖率', en: 'Pairing coverage' },
      definition: { zh: '已结对困难群众数 ÷ 困难群众数', en: 'Needy residents paired divided by needy residents' },
      scopeRule: WITH_GRIDS,
      source: {
        kind: 'ratio',
        numerator: 'party_life.needy_paired',
        denominator: 'party_life.needy_households',
        decimals: 3,
      },
    },
  ],
};
