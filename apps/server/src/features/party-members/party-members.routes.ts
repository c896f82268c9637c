import { z } from 'zod';
import {
  partyMemberView,
  partyMemberListQuery,
  partyMemberCreateBody,
  partyMemberUpdateBody,
  zId,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { createMember, listMembers, updateMember } from './party-members.service.ts';

export function partyMemberRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/party-members',
    {
      config: { access: 'member:read' },
      schema: { querystring: partyMemberListQuery, response: { 200: zPaged(partyMemberView) } },
    },
    async (req) => listMembers(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/party-members',
    { config: { access: 'member:write' }, schema: { body: partyMemberCreateBody, response: { 200: partyMemberView } } },
    async (req) => createMember(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/party-members/:id',
    {
      config: { access: 'member:write' },
      schema: { params: z.object({ id: zId }), body: partyMemberUpdateBody, response: { 200: partyMemberView } },
    },
    async (req) => updateMember(deps, actorOf(req), req.params.id, req.body),
  );
}
