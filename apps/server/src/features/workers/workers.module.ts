import { workersModule } from '@jishi/shared/modules/workers';
import type { ServerModule } from '../../server-module.ts';
import { workerRoutes } from './workers.routes.ts';

export const workersServerModule: ServerModule = { manifest: workersModule, routes: [workerRoutes] };
