import { defineModule } from './manifest.ts';

export const partyMembersModule = defineModule({
  id: 'party-members',
  permissions: ['member:read', 'member:write'],
  grants: {
    subdistrict_admin: ['member:read', 'member:write'],
    subdistrict_leader: ['member:read'],
    community_secretary: ['member:read', 'member:write'],
    community_worker: ['member:read', 'member:write'],
    branch_secretary: ['member:read', 'member:write'],
    inspector: ['member:read'],
  },
  menu: [
    {
      key: 'party-members',
      path: '/party-members',
      labelKey: 'nav.partyMembers',
      permission: 'member:read',
      group: 'members',
    },
  ],
  figures: {
    counters: [],
    indicators: ['party_life.members'],
  },
});
