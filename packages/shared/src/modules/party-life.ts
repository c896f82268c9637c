import { defineModule } from './manifest.ts';

export const partyLifeModule = defineModule({
  id: 'party-life',
  strings: 'members',
  permissions: ['partylife:read', 'partylife:write', 'partylife:close'],
  grants: {
    subdistrict_admin: ['partylife:read', 'partylife:write', 'partylife:close'],
    subdistrict_leader: ['partylife:read'],
    community_secretary: ['partylife:read', 'partylife:write', 'partylife:close'],
    community_worker: ['partylife:read', 'partylife:write'],
    branch_secretary: ['partylife:read', 'partylife:write'],
    inspector: ['partylife:read'],
  },
  menu: [
    {
      key: 'party-life',
      path: '/party-life',
      labelKey: 'nav.partyLife',
      permission: 'partylife:read',
      group: 'members',
    },
  ],
  todos: [{ kind: 'party-life.meeting-due', menu: 'party-life', source: 'scheduled' }],
  figures: {
    counters: [],
    indicators: ['party_life.org_life_held', 'party_life.org_life_required', 'party_life.org_life_completion'],
  },
});
