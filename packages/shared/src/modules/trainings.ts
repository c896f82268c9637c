import { defineModule } from './manifest.ts';

export const trainingsModule = defineModule({
  id: 'trainings',
  permissions: [],
  grants: {},
  figures: {
    counters: ['party_life.trainings', 'party_life.study_visits'],
    indicators: ['party_life.trainings', 'party_life.study_visits'],
  },
});
