import { defineModule } from './manifest.ts';

export const educationModule = defineModule({
  id: 'education',
  strings: 'members',
  permissions: ['study:self'],
  grants: {
    party_member: ['study:self'],
  },
  figures: {
    counters: [],
    indicators: ['party_life.members_learning', 'party_life.education_coverage'],
  },
});
