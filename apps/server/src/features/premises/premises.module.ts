import { premisesModule } from '@jishi/shared/modules/premises';
import type { ServerModule } from '../../server-module.ts';
import { premisesRoutes } from './premises.routes.ts';
import { seedPremises } from './premises.seed.ts';

export const premisesServerModule: ServerModule = {
  manifest: premisesModule,
  routes: [premisesRoutes],
  seed: seedPremises,
};
