import { defineModule } from './manifest.ts';

export const workersModule = defineModule({
  id: 'workers',
  permissions: ['worker:read', 'worker:write'],
  grants: {
    subdistrict_admin: ['worker:read', 'worker:write'],
    subdistrict_leader: ['worker:read'],
    community_secretary: ['worker:read', 'worker:write'],
    community_worker: ['worker:read'],
    inspector: ['worker:read'],
  },
  menu: [
    { key: 'workers', path: '/workers', labelKey: 'nav.workers', permission: 'worker:read', group: 'organisation' },
  ],
  figures: {
    counters: [],
    indicators: [
      'workers.community_staff',
      'workers.per_community',
      'workers.agency_staff',
      'workers.sunk_cadres',
      'workers.sunk_share',
    ],
  },
});
