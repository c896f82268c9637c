import { providersModule } from '@jishi/shared/modules/providers';
import type { ServerModule } from '../../server-module.ts';
import { providerRoutes } from './providers.routes.ts';
import { seedProviders } from './providers.seed.ts';

export const providersServerModule: ServerModule = {
  manifest: providersModule,
  routes: [providerRoutes],
  seed: seedProviders,
};
