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
