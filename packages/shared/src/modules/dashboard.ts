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
  // The headline figures (数据总览); the console's home `/` is the to-do centre's.
  menu: [
    { key: 'dashboard', path: '/dashboard', labelKey: 'nav.dashboard', permission: 'dashboard:read', group: 'data' },
  ],
});
