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
import { fastifyTrustProxy } from './trust-proxy.ts';
import { registerAccessControl } from './features/auth/access-control.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { registerDegradedGuard } from './features/health/degraded-guard.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { metaRoutes } from './features/meta/meta.routes.ts';
import { territoryRoutes } from './features/territory/territory.routes.ts';
import { partyOrgRoutes } from './features/party-orgs/party-orgs.routes.ts';
import { residentRoutes } from './features/residents/residents.routes.ts';
import { partyMemberRoutes } from './features/party-members/party-members.routes.ts';
import { workerRoutes } from './features/workers/workers.routes.ts';
import { userRoutes } from './features/users/users.routes.ts';
import { accountProposalRoutes } from './features/users/account-proposals.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { dashboardRoutes } from './features/dashboard/dashboard.routes.ts';
import { decisionRoutes } from './features/decisions/decisions.routes.ts';
import { hallRoutes } from './features/decisions/hall.routes.ts';
import { meetingRoutes } from './features/decisions/meetings.routes.ts';
import { boardRoutes } from './features/decisions/board.routes.ts';
import { integrityRoutes } from './features/integrity/integrity.routes.ts';
import { supervisionRoutes } from './features/integrity/supervision.routes.ts';
// party life and volunteers
import { educationRoutes } from './features/education/education.routes.ts';
import { partyLifeRoutes } from './features/party-life/party-life.routes.ts';
import { trainingRoutes } from './features/trainings/trainings.routes.ts';
import { inServiceRoutes } from './features/in-service-members/in-service.routes.ts';
import { volunteeringRoutes } from './features/volunteering/volunteering.routes.ts';
import { goodDeedRoutes } from './features/good-deeds/good-deeds.routes.ts';
import { pairingRoutes } from './features/pairing/pairing.routes.ts';
import { partyLifeFileRoutes } from './features/party-life/files.routes.ts';
// services
import { premisesRoutes } from './features/premises/premises.routes.ts';
import { fundRoutes } from './features/funds/funds.routes.ts';
import { bookingRoutes } from './features/bookings/bookings.routes.ts';
import { providerRoutes } from './features/providers/providers.routes.ts';
import { serviceRequestRoutes } from './features/service-requests/service-requests.routes.ts';
import { open311Routes } from './features/open311/open311.routes.ts';
import { brandRoutes } from './features/brands/brands.routes.ts';
// indicators and portal
import { indicatorRoutes } from './features/indicators/indicators.routes.ts';
import { portalRoutes } from './features/portal/portal.routes.ts';
import { registerWebApp } from './web-app.ts';
import { registerFileBodyParsers } from './platform/files/file-body.ts';
// grid governance
import { gridRoutes } from './features/grid/grid.routes.ts';

export interface BuildOptions {
  /** Log level; no logging when absent (tests). */
  logLevel?: string;
  serveWeb?: boolean;
}

/** Plugins and feature routes; never listens (tests use inject). */
export async function buildApp(deps: Deps, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logLevel ? { level: options.logLevel, serializers: { req: requestLogView } } : false,
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    bodyLimit: 1024 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', securityHeaders({ https: deps.config.cookieSecure }));
  // JSON is the only text the API takes: a text/plain body is refused (415) like any type without a parser.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(swagger, {
    openapi: { info: { title: 'Jishi API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });

  registerFileBodyParsers(app);
  registerDegradedGuard(app, deps);
  registerAccessControl(app, deps);
  for (const routes of [
    healthRoutes,
    metaRoutes,
    authRoutes,
    territoryRoutes,
    partyOrgRoutes,
    residentRoutes,
    partyMemberRoutes,
    workerRoutes,
    userRoutes,
    accountProposalRoutes,
    auditRoutes,
    dashboardRoutes,
    decisionRoutes,
    hallRoutes,
    meetingRoutes,
    boardRoutes,
    integrityRoutes,
    supervisionRoutes,
  ]) {
    routes(app, deps);
  }
  // grid governance
  gridRoutes(app, deps);
  // party life and volunteers
  for (const routes of [
    educationRoutes,
    partyLifeRoutes,
    trainingRoutes,
    inServiceRoutes,
    volunteeringRoutes,
    goodDeedRoutes,
    pairingRoutes,
    partyLifeFileRoutes,
  ])
    routes(app, deps);
  // services
  for (const routes of [
    premisesRoutes,
    fundRoutes,
    bookingRoutes,
    providerRoutes,
    serviceRequestRoutes,
    open311Routes,
    brandRoutes,
  ])
    routes(app, deps);
  // indicators and portal
  for (const routes of [indicatorRoutes, portalRoutes]) routes(app, deps);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  if (options.serveWeb) await registerWebApp(app, deps.config.webDist);
  else
    app.setNotFoundHandler(() => {
      throw new AppError('NOT_FOUND');
    });
  return app;
}
