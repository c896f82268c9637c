import { territoryModule } from '@jishi/shared/modules/territory';
import type { ServerModule } from '../../server-module.ts';
import { territoryRoutes } from './territory.routes.ts';
import { seedBoundaries } from './territory.seed.ts';

export const territoryServerModule: ServerModule = {
  manifest: territoryModule,
  routes: [territoryRoutes],
  seed: seedBoundaries,
};
