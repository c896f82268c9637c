import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { App } from '../../platform/http-types.ts';
import { readiness } from './health.service.ts';

const check = z.object({ ok: z.boolean(), detail: z.string().optional() });
const readinessView = z.object({
  ok: z.boolean(),
  checks: z.object({ database: check, migrations: check, integrity: check, dataKey: check }),
});

/** The paths that answer even when the start check failed (see degraded-guard.ts). */
export const HEALTH_PATHS = new Set(['/livez', '/readyz', '/api/health']);

/**
 * /livez: the process answers (no database). /readyz: the process should get traffic (health.service.ts),
 * 503 with what is wrong otherwise. /api/health, the older probe, answers like /readyz.
 */
export function healthRoutes(app: App, deps: Deps): void {
  app.get(
    '/livez',
    { config: { access: 'public' }, schema: { response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { ok: true as const };
    },
  );
  for (const url of ['/readyz', '/api/health'])
    app.get(
      url,
      { config: { access: 'public' }, schema: { response: { 200: readinessView, 503: readinessView } } },
      async (_request, reply) => {
        const state = await readiness(deps);
        reply.header('cache-control', 'no-store').status(state.ok ? 200 : 503);
        return state;
      },
    );
}
