import { defineModule } from './manifest.ts';

export const territoryModule = defineModule({
  id: 'territory',
  permissions: ['territory:read', 'territory:write', 'territory:restructure'],
  grants: {
    subdistrict_admin: ['territory:read', 'territory:write', 'territory:restructure'],
    subdistrict_leader: ['territory:read'],
    community_secretary: ['territory:read', 'territory:write'],
    community_worker: ['territory:read'],
    grid_worker: ['territory:read'],
    inspector: ['territory:read'],
    security_admin: ['territory:read'],
  },
  menu: [
    {
      key: 'territory',
      path: '/territory',
      labelKey: 'nav.territory',
      permission: 'territory:read',
      group: 'organisation',
    },
  ],
  figures: {
    counters: [],
    indicators: ['territory.communities', 'territory.grids'],
  },
});
