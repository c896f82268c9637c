import { defineModule } from './manifest.ts';

export const dashboardModule = defineModule({
  id: 'dashboard',
  permissions: ['dashboard:read'],
  grants: {
    subdistrict_admin: ['dashboard:read'],
    subdistrict_leader: ['dashboard:read'],
    community_secretary: ['dashboard:read'],
    community_worker: ['dashboard:read'],
    grid_worker: ['dashboard:read'],
    branch_secretary: ['dashboard:read'],
    inspector: ['dashboard:read'],
  },
  menu: [{ key: 'home', path: '/', labelKey: 'nav.home', permission: null, group: 'home' }],
});
