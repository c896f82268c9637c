import type { ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter code the good-deeds module bumps in its write transactions. */
export const GOOD_DEEDS = 'party_life.good_deeds';

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The good-deeds module's figures: good deeds recorded (a roll-up counter). */
export const goodDeedsFigures: ModuleFigures = {
  module: 'good-deeds',
  counters: [
    {
      code: GOOD_DEEDS,
      recount: (db) => db.selectFrom('good_deeds').select(['community_id as unit_id', 'done_on as at']).execute(),
    },
  ],
  indicators: [
    {
      code: 'party_life.good_deeds',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '好人好事件数', en: 'Good deeds' },
      definition: {
        zh: '期内登记的党员、志愿者好人好事件数',
        en: 'Good deeds by members and volunteers recorded in the period',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: GOOD_DEEDS },
    },
  ],
};
