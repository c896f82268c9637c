import { defineModule } from './manifest.ts';

export const volunteeringModule = defineModule({
  id: 'volunteering',
  strings: 'members',
  permissions: ['volunteer:read', 'volunteer:write', 'volunteer:self'],
  grants: {
    subdistrict_admin: ['volunteer:read', 'volunteer:write'],
    subdistrict_leader: ['volunteer:read'],
    community_secretary: ['volunteer:read', 'volunteer:write'],
    community_worker: ['volunteer:read', 'volunteer:write'],
    branch_secretary: ['volunteer:read'],
    party_member: ['volunteer:self'],
    volunteer: ['volunteer:self'],
    inspector: ['volunteer:read'],
  },
  menu: [
    {
      key: 'volunteering',
      path: '/volunteering',
      labelKey: 'nav.volunteering',
      permission: 'volunteer:read',
      group: 'members',
    },
    {
      key: 'my-volunteer',
      path: '/my/volunteer',
      labelKey: 'nav.myVolunteer',
      permission: 'volunteer:self',
      group: 'mine',
    },
  ],
  figures: {
    counters: ['party_life.volunteer_activities', 'party_life.verified_minutes'],
    indicators: [
      'party_life.volunteer_teams',
      'party_life.volunteers',
      'party_life.volunteer_activities',
      'party_life.volunteer_hours',
    ],
  },
});
