import type { ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter the residents module bumps: +1 on the registration day, −1 on the moving-out day, in the resident's current grid. */
export const RESIDENTS = 'people.residents';

/** The residents module's figures: registered residents (a roll-up counter kept by its write paths). */
export const residentsFigures: ModuleFigures = {
  module: 'residents',
  counters: [
    {
      code: RESIDENTS,
      recount: async (db) => {
        const rows = await db.selectFrom('residents').select(['grid_id', 'registered_on', 'removed_at']).execute();
        return rows.flatMap((r) => [
          { unit_id: r.grid_id, at: r.registered_on, amount: 1 },
          { unit_id: r.grid_id, at: r.removed_at, amount: -1 },
        ]);
      },
    },
  ],
  indicators: [
    {
      code: 'people.residents',
      module: 'people',
      unit: 'persons',
      period: 'stock',
      name: { zh: '登记居民数', en: 'Registered residents' },
      definition: {
        zh: '期末在册（已登记、未迁出）的居民人数',
        en: 'Residents registered and not moved out at the end of the period',
      },
      scopeRule: { zh: '街道、社区、网格', en: 'Subdistrict, community, grid' },
      source: { kind: 'counter', counter: RESIDENTS },
    },
  ],
};
