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
import { registerDegradedGuard } from './features/health/degraded-guard.ts';
import { registerWebApp } from './web-app.ts';
import { SERVER_MODULES } from './modules.ts';
import { registerFileBodyParsers } from './platform/files/file-body.ts';

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
  for (const module of SERVER_MODULES) {
    app.registeringModule = module.manifest.id;
    for (const routes of module.routes) routes(app, deps);
  }
  app.registeringModule = null;
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  if (options.serveWeb) await registerWebApp(app, deps.config.webDist);
  else
    app.setNotFoundHandler(() => {
      throw new AppError('NOT_FOUND');
    });
  return app;
}
