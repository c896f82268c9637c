import { z } from 'zod';
import {
  portalPasswordLoginBody,
  portalCodeRequestBody,
  portalCodeLoginBody,
  portalCodeSentView,
  sessionView as sessionSchema,
  zId,
  zMobile,
  zOk,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { AppError } from '../../platform/errors.ts';
import { pickLang } from '../../platform/lang.ts';
import { sessionCookieName } from '../auth/access-control.ts';
import { ABSOLUTE_TIMEOUT_MS, resolveSession, sessionView } from '../auth/auth.service.ts';
import { portalCodeLogin, portalPasswordLogin, requestPortalCode } from '../auth/portal-login.service.ts';
import { setPortalPhone } from './portal-accounts.service.ts';

const idParams = z.strictObject({ id: zId });

/** Residents' portal: sign-in by phone (password or one-time code), phone registration by staff. */
export function portalRoutes(app: App, deps: Deps): void {
  const cookieName = sessionCookieName(deps.config.cookieSecure);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    secure: deps.config.cookieSecure,
    sameSite: 'lax' as const,
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  };
  const pub = { access: 'public' } as const;

  const signIn = async (
    token: string,
    request: { ip: string; id: string; headers: Record<string, unknown> },
    reply: { setCookie: (n: string, v: string, o: typeof cookieOptions) => unknown },
  ) => {
    const resolved = await resolveSession(
      deps,
      token,
      { ip: request.ip, requestId: request.id },
      pickLang(request.headers['accept-language'] as string | undefined),
    );
    if (!resolved) throw new AppError('AUTH_INVALID');
    reply.setCookie(cookieName, token, cookieOptions);
    return sessionView(resolved, deps.config.demo);
  };

  app.post(
    '/api/portal/auth/password',
    { config: pub, schema: { body: portalPasswordLoginBody, response: { 200: sessionSchema } } },
    async (req, reply) => {
      const { token } = await portalPasswordLogin(deps, { ip: req.ip, requestId: req.id }, req.body);
      return signIn(token, req, reply);
    },
  );
  app.post(
    '/api/portal/auth/code',
    { config: pub, schema: { body: portalCodeRequestBody, response: { 200: portalCodeSentView } } },
    async (req) => requestPortalCode(deps, { ip: req.ip, requestId: req.id }, req.body.phone),
  );
  app.post(
    '/api/portal/auth/code/verify',
    { config: pub, schema: { body: portalCodeLoginBody, response: { 200: sessionSchema } } },
    async (req, reply) => {
      const { token } = await portalCodeLogin(deps, { ip: req.ip, requestId: req.id }, req.body);
      return signIn(token, req, reply);
    },
  );
  app.put(
    '/api/portal/accounts/:id/phone',
    {
      config: { access: 'user:write' },
      schema: { params: idParams, body: z.strictObject({ phone: zMobile }), response: { 200: zOk } },
    },
    async (req) => setPortalPhone(deps, actorOf(req), req.params.id, req.body.phone),
  );
}
