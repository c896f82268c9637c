import { defineModule } from './manifest.ts';

export const pairingModule = defineModule({
  id: 'pairing',
  strings: 'members',
  permissions: ['pairing:read', 'pairing:write', 'pairing:rules'],
  grants: {
    subdistrict_admin: ['pairing:read', 'pairing:write', 'pairing:rules'],
    subdistrict_leader: ['pairing:read', 'pairing:write'],
    community_secretary: ['pairing:read', 'pairing:write'],
    community_worker: ['pairing:read'],
    branch_secretary: ['pairing:read', 'pairing:write'],
    inspector: ['pairing:read'],
  },
  menu: [{ key: 'pairing', path: '/pairing', labelKey: 'nav.pairing', permission: 'pairing:read', group: 'members' }],
  todos: [{ kind: 'pairing.contact-overdue', menu: 'pairing', source: 'event' }],
  figures: {
    counters: [],
    indicators: ['party_life.needy_households', 'party_life.needy_paired', 'party_life.pairing_coverage'],
  },
});
