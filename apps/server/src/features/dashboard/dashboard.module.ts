import { dashboardModule } from '@jishi/shared/modules/dashboard';
import type { ServerModule } from '../../server-module.ts';
import { dashboardRoutes } from './dashboard.routes.ts';

export const dashboardServerModule: ServerModule = { manifest: dashboardModule, routes: [dashboardRoutes] };
