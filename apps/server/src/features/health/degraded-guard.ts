import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http-types.ts';
import { HEALTH_PATHS } from './health.routes.ts';

/**
 * When the start integrity check failed the process still starts (so /readyz can say why), but
 * nothing else is served: no read of a damaged file is trusted, no write lands on it.
 */
export function registerDegradedGuard(app: App, deps: Deps): void {
  if (deps.startChecks?.integrity.ok !== false) return;
  app.addHook('onRequest', async (request) => {
    if (!HEALTH_PATHS.has(request.routeOptions.url ?? '')) throw new AppError('DATABASE_DAMAGED');
  });
}
