import { defineModule } from './manifest.ts';

export const bookingsModule = defineModule({
  id: 'bookings',
  strings: 'services',
  permissions: ['booking:create'],
  grants: {
    subdistrict_admin: ['booking:create'],
    community_secretary: ['booking:create'],
    community_worker: ['booking:create'],
    branch_secretary: ['booking:create'],
    party_member: ['booking:create'],
    volunteer: ['booking:create'],
    resident: ['booking:create'],
    provider: ['booking:create'],
  },
  menu: [
    {
      key: 'bookings',
      path: '/portal/bookings',
      labelKey: 'nav.bookings',
      permission: 'booking:create',
      group: 'services',
    },
  ],
  // Staff approve bookings in the service centre's console (premises' `services`); `bookings` is the booking page.
  todos: [{ kind: 'bookings.to-approve', menu: 'services', source: 'event' }],
});
