import { healthModule } from '@jishi/shared/modules/health';
import type { ServerModule } from '../../server-module.ts';
import { healthRoutes } from './health.routes.ts';

export const healthServerModule: ServerModule = { manifest: healthModule, routes: [healthRoutes] };
