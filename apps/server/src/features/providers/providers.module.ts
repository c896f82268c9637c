import { providersModule } from '@jishi/shared';
import type { ServerModule } from '../../server-module.ts';
import { providerRoutes } from './providers.routes.ts';

export const providersServerModule: ServerModule = { manifest: providersModule, routes: [providerRoutes] };
