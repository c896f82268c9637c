import { defineModule } from './manifest.ts';

export const goodDeedsModule = defineModule({
  id: 'good-deeds',
  strings: 'members',
  permissions: [],
  grants: {},
  figures: {
    counters: ['party_life.good_deeds'],
    indicators: ['party_life.good_deeds'],
  },
});
