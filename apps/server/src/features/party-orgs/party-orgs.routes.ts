import { z } from 'zod';
import { partyOrgListView, partyOrgView, partyOrgCreateBody, partyOrgUpdateBody, zId } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { createOrg, listOrgs, updateOrg } from './party-orgs.service.ts';

export function partyOrgRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/party-orgs',
    { config: { access: 'party-org:read' }, schema: { response: { 200: partyOrgListView } } },
    async (req) => listOrgs(deps, actorOf(req)),
  );
  app.post(
    '/api/party-orgs',
    { config: { access: 'party-org:write' }, schema: { body: partyOrgCreateBody, response: { 200: partyOrgView } } },
    async (req) => createOrg(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/party-orgs/:id',
    {
      config: { access: 'party-org:write' },
      schema: { params: z.object({ id: zId }), body: partyOrgUpdateBody, response: { 200: partyOrgView } },
    },
    async (req) => updateOrg(deps, actorOf(req), req.params.id, req.body),
  );
}
