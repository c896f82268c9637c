import { defineModule } from './manifest.ts';

export const serviceRequestsModule = defineModule({
  id: 'service-requests',
  strings: 'services',
  permissions: ['request:create'],
  grants: {
    party_member: ['request:create'],
    volunteer: ['request:create'],
    resident: ['request:create'],
  },
  // The requests are worked in the service centre's console (premises' menu entry `services`): this module has none.
  todos: [
    { kind: 'service-requests.to-dispatch', menu: 'services', source: 'event' },
    { kind: 'service-requests.overdue', menu: 'services', source: 'scheduled' },
  ],
  figures: {
    counters: ['services.requests_handled', 'services.requests_rated', 'services.rating_points'],
    indicators: [
      'services.requests_handled',
      'services.requests_rated',
      'services.rating_points',
      'services.satisfaction',
    ],
  },
});
