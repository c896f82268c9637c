import type { FastifyReply, FastifyRequest } from 'fastify';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** One year, subdomains included: browsers go straight to HTTPS once they have seen it. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers on every response; API responses are never cached (they may carry personal data). Strict-Transport-Security
 * only where the deployment serves HTTPS, which secure cookies (`COOKIE_SECURE`, the default) say it does.
 */
export function securityHeaders(options: { https: boolean }) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', CSP);
    if (options.https) reply.header('strict-transport-security', HSTS);
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
  };
}
