import { sql } from 'kysely';
import type { ModuleFigures } from '../indicators/indicators.types.ts';

const WITH_GRIDS = { zh: '街道、社区、网格', en: 'Subdistrict, community, grid' };

/** The in-service members module's figures: members registered with a community (live: a small register). */
export const inServiceFigures: ModuleFigures = {
  module: 'in-service-members',
  counters: [],
  indicators: [
    {
      code: 'party_life.in_service_members',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '在职党员报到人数', en: 'In-service members registered' },
      definition: {
        zh: '期末已到社区报到的在职党员人数',
        en: 'In-service Party members registered with a community by the end of the period',
      },
      scopeRule: WITH_GRIDS,
      source: {
        kind: 'leaves',
        load: async (ctx) =>
          (
            await ctx.deps.db
              .selectFrom('in_service_members')
              .select(['community_id', sql<number>`count(*)`.as('n')])
              .where('registered_on', '<=', ctx.to)
              .groupBy('community_id')
              .execute()
          ).map((r) => ({ unitId: r.community_id, value: Number(r.n) })),
      },
    },
  ],
};
