import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import type { App } from '../../platform/http-types.ts';
import { AppError } from '../../platform/errors.ts';
import { pickLang } from '../../platform/lang.ts';
import { recordAuditAlone, auditWho } from '../audit/audit.service.ts';
import { resolveSession, type ResolvedSession } from './auth.service.ts';
import { auditRefusal } from './security-events.ts';
import { clearSessionCookie, originOf, sessionCookieName } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
  interface FastifyInstance {
    /** Every API route with its declared access and its module: the authorization-matrix test enumerates it. */
    apiRoutes: { method: string; url: string; access: string; module: string | null }[];
    /** The module whose routes are being added (app.ts sets it while it walks the module registry). */
    registeringModule: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_PROBE = '/api/auth/session';

/**
 * Every API route declares who may call it (config.access); one without fails at start-up.
 * Each request is authenticated, CSRF-checked and permission-checked before its handler runs.
 */
export function registerAccessControl(app: App, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('session', null);

  app.decorate('apiRoutes', []);
  app.decorate('registeringModule', null);
  app.addHook('onRoute', (route) => {
    // Open311 (/open311/v2) is served outside /api but declares its access all the same.
    if (route.url.startsWith('/open311') && !route.config?.access)
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access`);
    if (!route.url.startsWith('/api')) {
      route.config = { ...route.config, access: route.config?.access ?? 'public' };
      return;
    }
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access, module: app.registeringModule });
  });

  // Reaching for an object outside one's scope is a denied request too: audited, answered 404.
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || !error.details.outOfScope || !request.actor) return;
    await recordAuditAlone(deps, auditWho(request.actor), {
      action: 'access.denied',
      subjectType: 'object',
      subjectId: `${request.method} ${request.routeOptions.url}`,
      orgPath: request.actor.scope.paths[0],
      result: 'denied',
      changes: { outOfScope: true },
    });
  });

  const cookieName = sessionCookieName(deps.config.cookieSecure);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const token = request.cookies[cookieName];
    const origin = originOf(request);
    const resolved = token
      ? await resolveSession(deps, token, origin, pickLang(request.headers['accept-language']))
      : null;
    const route = `${request.method} ${request.routeOptions.url}`;
    if (!resolved) {
      if (token) clearSessionCookie(deps, reply);
      // The console's "am I signed in?" check without any cookie starts every visit: not a security event.
      const signedOutProbe = !token && request.method === 'GET' && request.routeOptions.url === SESSION_PROBE;
      if (!signedOutProbe)
        await auditRefusal(
          deps,
          'unauthenticated',
          { actorId: null, actorRole: null, ...origin },
          {
            action: 'access.unauthenticated',
            subjectType: 'route',
            subjectId: route,
            changes: { session: token ? 'unknown or ended' : 'none' },
          },
        );
      throw new AppError('UNAUTHENTICATED');
    }
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== resolved.csrfToken) {
      await auditRefusal(deps, 'csrf', auditWho(resolved.actor), {
        action: 'access.csrf',
        subjectType: 'route',
        subjectId: route,
        orgPath: resolved.actor.scope.paths[0],
        changes: { csrfToken: request.headers['x-csrf-token'] ? 'wrong' : 'missing' },
      });
      throw new AppError('CSRF');
    }
    // A limited session (one-time password to change, second factor to enrol) reaches only the routes for that step.
    if (resolved.restriction && !request.routeOptions.config?.limited)
      throw new AppError(
        resolved.restriction === 'password_change' ? 'PASSWORD_CHANGE_REQUIRED' : 'TOTP_ENROLMENT_REQUIRED',
      );
    request.actor = resolved.actor;
    request.sessionId = resolved.sessionId;
    request.session = resolved;
    if (access !== 'authenticated' && !resolved.actor.permissions.has(access)) {
      await recordAuditAlone(deps, auditWho(resolved.actor), {
        action: 'access.denied',
        subjectType: 'route',
        subjectId: route,
        orgPath: resolved.actor.scope.paths[0],
        result: 'denied',
      });
      throw new AppError('FORBIDDEN');
    }
  });
}
