import type { FastifyRequest } from 'fastify';

/**
 * What a request log line shows: method, path and client — never the query string, which may
 * carry a searched name or address, and never headers (cookies, CSRF tokens).
 */
export function requestLogView(request: FastifyRequest): { method: string; url: string; remoteAddress: string } {
  return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip };
}
