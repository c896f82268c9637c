import { providersModule } from '@jishi/shared/modules/providers';
import type { ServerModule } from '../../server-module.ts';
import { providerRoutes } from './providers.routes.ts';

export const providersServerModule: ServerModule = { manifest: providersModule, routes: [providerRoutes] };
