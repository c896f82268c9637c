import { defineModule } from './manifest.ts';

export const partyOrgsModule = defineModule({
  id: 'party-orgs',
  permissions: ['party-org:read', 'party-org:write'],
  grants: {
    subdistrict_admin: ['party-org:read', 'party-org:write'],
    subdistrict_leader: ['party-org:read'],
    community_secretary: ['party-org:read', 'party-org:write'],
    community_worker: ['party-org:read'],
    branch_secretary: ['party-org:read'],
    inspector: ['party-org:read'],
  },
  menu: [
    {
      key: 'party-orgs',
      path: '/party-orgs',
      labelKey: 'nav.partyOrgs',
      permission: 'party-org:read',
      group: 'organisation',
    },
  ],
});
