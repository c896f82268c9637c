import { serviceRequestsModule } from '@jishi/shared/modules/service-requests';
import type { ServerModule } from '../../server-module.ts';
import { serviceRequestRoutes } from './service-requests.routes.ts';
import { seedServiceRequests } from './service-requests.seed.ts';

export const serviceRequestsServerModule: ServerModule = {
  manifest: serviceRequestsModule,
  routes: [serviceRequestRoutes],
  seed: seedServiceRequests,
};
