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
import { originOf, startSession } from '../auth/session-cookie.ts';
import { portalCodeLogin, portalPasswordLogin, requestPortalCode } from '../auth/portal-login.service.ts';
import { setPortalPhone } from './portal-accounts.service.ts';

const idParams = z.strictObject({ id: zId });

/** Residents' portal: sign-in by phone (password or one-time code), phone registration by staff. */
export function portalRoutes(app: App, deps: Deps): void {
  const pub = { access: 'public' } as const;

  app.post(
    '/api/portal/auth/password',
    { config: pub, schema: { body: portalPasswordLoginBody, response: { 200: sessionSchema } } },
    async (req, reply) =>
      startSession(deps, req, reply, (await portalPasswordLogin(deps, originOf(req), req.body)).token),
  );
  app.post(
    '/api/portal/auth/code',
    { config: pub, schema: { body: portalCodeRequestBody, response: { 200: portalCodeSentView } } },
    async (req) => requestPortalCode(deps, originOf(req), req.body.phone),
  );
  app.post(
    '/api/portal/auth/code/verify',
    { config: pub, schema: { body: portalCodeLoginBody, response: { 200: sessionSchema } } },
    async (req, reply) => startSession(deps, req, reply, (await portalCodeLogin(deps, originOf(req), req.body)).token),
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
