import type { ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter codes the decisions module bumps in its write transactions. */
export const MATTERS_OPENED = 'decisions.matters_opened';
export const PROBLEMS_SOLVED = 'decisions.problems_solved';

/** The decisions module's figures: matters opened and problems solved (roll-up counters). */
export const decisionsFigures: ModuleFigures = {
  module: 'decisions',
  counters: [
    {
      code: MATTERS_OPENED,
      recount: (db) => db.selectFrom('decision_matters').select(['unit_id', 'opened_on as at']).execute(),
    },
    {
      code: PROBLEMS_SOLVED,
      recount: (db) =>
        db
          .selectFrom('decision_matters')
          .select(['unit_id', 'solved_on as at'])
          .where('solved_on', 'is not', null)
          .execute(),
    },
  ],
  indicators: [
    {
      code: 'decisions.matters',
      module: 'decisions',
      unit: 'count',
      period: 'flow',
      name: { zh: '议事事项数', en: 'Matters deliberated' },
      definition: {
        zh: '期内在居民议事厅立项的议题数',
        en: "Matters opened in the residents' deliberation halls in the period",
      },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      source: { kind: 'counter', counter: MATTERS_OPENED },
    },
    {
      code: 'decisions.solved',
      module: 'decisions',
      unit: 'count',
      period: 'flow',
      name: { zh: '解决实际问题数', en: 'Problems solved' },
      definition: { zh: '期内公示实施结果的议题数', en: 'Matters whose result notice was published in the period' },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      source: { kind: 'counter', counter: PROBLEMS_SOLVED },
    },
  ],
};
