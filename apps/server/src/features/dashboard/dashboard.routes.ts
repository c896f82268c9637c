import { dashboardQuery, dashboardView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { homeDashboard } from './dashboard.service.ts';

export function dashboardRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/dashboard/home',
    { config: { access: 'dashboard:read' }, schema: { querystring: dashboardQuery, response: { 200: dashboardView } } },
    async (req) => homeDashboard(deps, actorOf(req), req.query),
  );
}
