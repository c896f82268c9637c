import { jobsStatusView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { jobsStatus } from './jobs.service.ts';

/** The scheduled jobs' state, for the security administrator. */
export function jobRoutes(app: App, deps: Deps): void {
  app.get('/api/jobs', { config: { access: 'job:read' }, schema: { response: { 200: jobsStatusView } } }, async (req) =>
    jobsStatus(deps, actorOf(req)),
  );
}
