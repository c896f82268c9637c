import { defineModule } from './manifest.ts';

export const residentsModule = defineModule({
  id: 'residents',
  permissions: ['resident:read', 'resident:write', 'resident:import', 'resident:export', 'pi:reveal'],
  grants: {
    subdistrict_admin: ['resident:read', 'resident:write', 'resident:import', 'resident:export', 'pi:reveal'],
    subdistrict_leader: ['resident:read'],
    community_secretary: ['resident:read', 'resident:write', 'resident:import', 'resident:export', 'pi:reveal'],
    community_worker: ['resident:read', 'resident:write', 'resident:import'],
    grid_worker: ['resident:read', 'resident:write'],
    inspector: ['resident:read'],
  },
  menu: [
    { key: 'residents', path: '/residents', labelKey: 'nav.residents', permission: 'resident:read', group: 'grid' },
  ],
  figures: {
    counters: ['people.residents'],
    indicators: ['people.residents'],
  },
});
