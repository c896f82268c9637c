import type { ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter codes the trainings module bumps in its write transactions. */
export const TRAININGS = 'party_life.trainings';
export const STUDY_VISITS = 'party_life.study_visits';

/** The training counter a kind adds to: study visits (考察学习) apart from all other trainings. */
export const trainingCounterOf = (kind: string): string => (kind === 'study_visit' ? STUDY_VISITS : TRAININGS);

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The trainings module's figures: trainings and study visits held (roll-up counters). */
export const trainingsFigures: ModuleFigures = {
  module: 'trainings',
  counters: [
    {
      code: TRAININGS,
      recount: (db) =>
        db.selectFrom('trainings').select(['unit_id', 'held_on as at']).where('kind', '!=', 'study_visit').execute(),
    },
    {
      code: STUDY_VISITS,
      recount: (db) =>
        db.selectFrom('trainings').select(['unit_id', 'held_on as at']).where('kind', '=', 'study_visit').execute(),
    },
  ],
  indicators: [
    {
      code: 'party_life.trainings',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '培训班次', en: 'Trainings' },
      definition: {
        zh: '期内举办的岗前、在职、以会代训和业务培训班次（不含考察学习）',
        en: 'Pre-job, in-service, meeting-as-training and business trainings held in the period (study visits apart)',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: TRAININGS },
    },
    {
      code: 'party_life.study_visits',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '外出考察学习次数', en: 'Study visits' },
      definition: { zh: '期内组织的外出考察学习次数', en: 'Study visits organised in the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: STUDY_VISITS },
    },
  ],
};
