import type { FastifyReply } from 'fastify';
import type { SessionView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { pickLang } from '../../platform/lang.ts';
import { ABSOLUTE_TIMEOUT_MS, resolveSession, sessionView } from './auth.service.ts';

/**
 * The session cookie, one way for every sign-in (console and portal) and sign-out: host-only (`__Host-` over
 * HTTPS), HTTP-only, SameSite=Lax, for the session's absolute lifetime. The CSRF token is not a cookie: it
 * travels in the session view and comes back in the `x-csrf-token` header (access-control.ts).
 */
export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-jishi' : 'jishi_sid');

const cookieOptions = (secure: boolean) => ({
  path: '/',
  httpOnly: true,
  secure,
  sameSite: 'lax' as const,
  maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
});

type CookieReply = Pick<FastifyReply, 'setCookie' | 'clearCookie'>;
interface SignInHttpRequest {
  ip: string;
  id: string;
  headers: { 'accept-language'?: string };
}

/** Who is asking, as the services record it. */
export const originOf = (request: { ip: string; id: string }): Origin => ({ ip: request.ip, requestId: request.id });

/** Answers a sign-in: the new session's cookie is set and its view (with the CSRF token) is the body. */
export async function startSession(
  deps: Deps,
  request: SignInHttpRequest,
  reply: CookieReply,
  token: string,
): Promise<SessionView> {
  const resolved = await resolveSession(deps, token, originOf(request), pickLang(request.headers['accept-language']));
  if (!resolved) throw new AppError('AUTH_INVALID');
  reply.setCookie(sessionCookieName(deps.config.cookieSecure), token, cookieOptions(deps.config.cookieSecure));
  return sessionView(resolved, deps.config.demo);
}

/** Drops the session cookie (sign-out, or a cookie whose session is unknown or ended). */
export function clearSessionCookie(deps: Pick<Deps, 'config'>, reply: CookieReply): void {
  reply.clearCookie(sessionCookieName(deps.config.cookieSecure), { path: '/' });
}
