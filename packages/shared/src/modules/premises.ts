import { defineModule } from './manifest.ts';

export const premisesModule = defineModule({
  id: 'premises',
  strings: 'services',
  permissions: ['service:read', 'service:write'],
  grants: {
    subdistrict_admin: ['service:read', 'service:write'],
    subdistrict_leader: ['service:read'],
    community_secretary: ['service:read', 'service:write'],
    community_worker: ['service:read', 'service:write'],
    inspector: ['service:read'],
  },
  menu: [
    { key: 'services', path: '/services', labelKey: 'nav.services', permission: 'service:read', group: 'services' },
    { key: 'community', path: '/community', labelKey: 'nav.community', permission: null, group: 'services' },
  ],
  figures: {
    counters: [],
    indicators: [
      'services.area',
      'services.area_added',
      'services.communities',
      'services.large_communities',
      'services.large_share',
    ],
  },
});
