import { volunteeringModule } from '@jishi/shared/modules/volunteering';
import type { ServerModule } from '../../server-module.ts';
import { volunteeringRoutes } from './volunteering.routes.ts';
import { seedVolunteering } from './volunteering.seed.ts';

export const volunteeringServerModule: ServerModule = {
  manifest: volunteeringModule,
  routes: [volunteeringRoutes],
  seed: seedVolunteering,
};
