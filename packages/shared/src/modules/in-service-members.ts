import { defineModule } from './manifest.ts';

export const inServiceMembersModule = defineModule({
  id: 'in-service-members',
  strings: 'members',
  permissions: [],
  grants: {},
  figures: {
    counters: [],
    indicators: ['party_life.in_service_members'],
  },
});
