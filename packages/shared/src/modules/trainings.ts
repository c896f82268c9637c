import { defineModule } from './manifest.ts';

export const trainingsModule = defineModule({
  id: 'trainings',
  strings: 'members',
  permissions: [],
  grants: {},
  figures: {
    counters: ['party_life.trainings', 'party_life.study_visits'],
    indicators: ['party_life.trainings', 'party_life.study_visits'],
  },
});
