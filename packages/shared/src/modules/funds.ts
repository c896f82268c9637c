import { defineModule } from './manifest.ts';

export const fundsModule = defineModule({
  id: 'funds',
  strings: 'services',
  permissions: ['fund:read', 'fund:write', 'fund:approve'],
  grants: {
    subdistrict_admin: ['fund:read', 'fund:write'],
    subdistrict_leader: ['fund:read', 'fund:approve'],
    community_secretary: ['fund:read'],
    inspector: ['fund:read'],
  },
  figures: {
    counters: ['services.construction_fund_fen', 'services.party_fund_fen'],
    indicators: ['services.construction_fund', 'services.party_fund'],
  },
});
