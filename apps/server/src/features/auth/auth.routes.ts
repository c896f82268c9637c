import {
  loginBody,
  sessionView as sessionSchema,
  totpSetupView,
  totpSetupBody,
  totpEnableBody,
  passwordChangeBody,
  recoveryCodesView,
  secondFactorConfirmBody,
  zOk,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { AppError } from '../../platform/errors.ts';
import { login, logout, sessionView } from './auth.service.ts';
import { clearSessionCookie, originOf, startSession } from './session-cookie.ts';
import { changePassword, disableTotp, enableTotp, regenerateRecoveryCodes, setupTotp } from './account.service.ts';

export function authRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { body: loginBody, response: { 200: sessionSchema } } },
    async (request, reply) =>
      startSession(deps, request, reply, (await login(deps, originOf(request), request.body)).token),
  );

  app.get(
    '/api/auth/session',
    { config: { access: 'authenticated', limited: true }, schema: { response: { 200: sessionSchema } } },
    async (request) => {
      if (!request.session) throw new AppError('UNAUTHENTICATED');
      return sessionView(request.session, deps.config.demo);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'authenticated', limited: true }, schema: { response: { 200: zOk } } },
    async (request, reply) => {
      await logout(deps, actorOf(request), request.sessionId ?? '');
      clearSessionCookie(deps, reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'authenticated', limited: true },
      schema: { body: passwordChangeBody, response: { 200: zOk } },
    },
    async (request) => {
      await changePassword(deps, actorOf(request), request.body, request.sessionId ?? '');
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { access: 'authenticated', limited: true },
      schema: { body: totpSetupBody, response: { 200: totpSetupView } },
    },
    async (request) => setupTotp(deps, actorOf(request), request.body),
  );

  app.post(
    '/api/auth/totp/enable',
    {
      config: { access: 'authenticated', limited: true },
      schema: { body: totpEnableBody, response: { 200: recoveryCodesView } },
    },
    async (request) => enableTotp(deps, actorOf(request), request.body.code),
  );

  app.post(
    '/api/auth/totp/disable',
    { config: { access: 'authenticated' }, schema: { body: secondFactorConfirmBody, response: { 200: zOk } } },
    async (request) => {
      await disableTotp(deps, actorOf(request), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/recovery-codes',
    {
      config: { access: 'authenticated' },
      schema: { body: secondFactorConfirmBody, response: { 200: recoveryCodesView } },
    },
    async (request) => regenerateRecoveryCodes(deps, actorOf(request), request.body),
  );
}
