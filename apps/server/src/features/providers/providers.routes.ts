import { z } from 'zod';
import {
  agreementBody,
  providerAccountBody,
  providerAccountView,
  providerBody,
  providerView,
  zId,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import {
  accountCandidates,
  addAgreement,
  createProvider,
  getProvider,
  linkAccount,
  listProviders,
  unlinkAccount,
} from './providers.service.ts';

const idParams = z.object({ id: zId });
const accountParams = z.object({ id: zId, userId: zId });

export function providerRoutes(app: App, deps: Deps): void {
  const read = { access: 'service:read' } as const;
  const write = { access: 'service:write' } as const;
  app.get(
    '/api/services/providers',
    {
      config: read,
      schema: { querystring: z.object({ unitId: zId.optional() }), response: { 200: z.array(providerView) } },
    },
    async (req) => listProviders(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/services/providers',
    { config: write, schema: { body: providerBody, response: { 200: providerView } } },
    async (req) => createProvider(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/services/providers/:id',
    { config: read, schema: { params: idParams, response: { 200: providerView } } },
    async (req) => getProvider(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/services/providers/:id/agreements',
    { config: write, schema: { params: idParams, body: agreementBody, response: { 200: providerView } } },
    async (req) => addAgreement(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/services/providers/:id/accounts',
    { config: write, schema: { params: idParams, body: providerAccountBody, response: { 200: providerView } } },
    async (req) => linkAccount(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/services/providers/:id/account-candidates',
    {
      config: write,
      schema: { params: idParams, response: { 200: z.object({ items: z.array(providerAccountView) }) } },
    },
    async (req) => accountCandidates(deps, actorOf(req), req.params.id),
  );
  app.delete(
    '/api/services/providers/:id/accounts/:userId',
    { config: write, schema: { params: accountParams, response: { 200: providerView } } },
    async (req) => unlinkAccount(deps, actorOf(req), req.params.id, req.params.userId),
  );
}
