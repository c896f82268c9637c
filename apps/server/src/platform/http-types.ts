import type { Permission } from '@jishi/shared';
import type { Actor } from './actor.ts';

/** Who may call a route: anyone, any signed-in user, or holders of one permission. */
export type RouteAccess = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Reachable by a limited session too (one that must change its password or enrol a second factor first). */
    limited?: true;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
}

import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, FastifyRequest } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from './errors.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The signed-in actor; routes with access other than 'public' always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
