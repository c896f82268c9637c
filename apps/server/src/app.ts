import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import { serializerCompiler, jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from './deps.ts';
import type { App } from './platform/http-types.ts';
import './platform/http-types.ts';
import { zodValidatorCompiler } from './platform/validation.ts';
import { errorHandler } from './platform/error-handler.ts';
import { securityHeaders } from './platform/security-headers.ts';
import { requestLogView } from './platform/log-redaction.ts';
import { AppError } from './platform/errors.ts';
import { registerAccessControl } from './features/auth/access-control.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { metaRoutes } from './features/meta/meta.routes.ts';
import { territoryRoutes } from './features/territory/territory.routes.ts';
import { partyOrgRoutes } from './features/party-orgs/party-orgs.routes.ts';
import { residentRoutes } from './features/residents/residents.routes.ts';
import { partyMemberRoutes } from './features/party-members/party-members.routes.ts';
import { workerRoutes } from './features/workers/workers.routes.ts';
import { userRoutes } from './features/users/users.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { dashboardRoutes } from './features/dashboard/dashboard.routes.ts';
import { decisionRoutes } from './features/decisions/decisions.routes.ts';
import { hallRoutes } from './features/decisions/hall.routes.ts';
import { meetingRoutes } from './features/decisions/meetings.routes.ts';
import { boardRoutes } from './features/decisions/board.routes.ts';
import { integrityRoutes } from './features/integrity/integrity.routes.ts';
import { supervisionRoutes } from './features/integrity/supervision.routes.ts';
// indicators and portal (issue 8)
import { indicatorRoutes } from './features/indicators/indicators.routes.ts';
import { portalRoutes } from './features/portal/portal.routes.ts';
import { registerWebApp } from './web-app.ts';

export interface BuildOptions {
  /** Log level; no logging when absent (tests). */
  logLevel?: string;
  serveWeb?: boolean;
}

/** Plugins and feature routes; never listens (tests use inject). */
export async function buildApp(deps: Deps, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logLevel ? { level: options.logLevel, serializers: { req: requestLogView } } : false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', securityHeaders);
  await app.register(cookie);
  await app.register(swagger, { openapi: { info: { title: 'Jishi API', version: '0.1.0' } }, transform: jsonSchemaTransform });

  registerAccessControl(app, deps);
  for (const routes of [metaRoutes, authRoutes, territoryRoutes, partyOrgRoutes, residentRoutes, partyMemberRoutes, workerRoutes, userRoutes, auditRoutes, dashboardRoutes,
    decisionRoutes, hallRoutes, meetingRoutes, boardRoutes, integrityRoutes, supervisionRoutes]) {
    routes(app, deps);
  }
  // indicators and portal (issue 8)
  for (const routes of [indicatorRoutes, portalRoutes]) routes(app, deps);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  if (options.serveWeb) await registerWebApp(app, deps.config.webDist);
  else app.setNotFoundHandler(() => { throw new AppError('NOT_FOUND'); });
  return app;
}
