import { z } from 'zod';
import { userBranchOptionsView, userListView, userView, userCreateBody, userUpdateBody, zId } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { branchOptions, createUser, listUsers, updateUser } from './users.service.ts';

export function userRoutes(app: App, deps: Deps): void {
  app.get('/api/users', { config: { access: 'user:read' }, schema: { response: { 200: userListView } } }, async (req) =>
    listUsers(deps, actorOf(req)),
  );
  app.get(
    '/api/users/branch-options',
    { config: { access: 'user:write' }, schema: { response: { 200: userBranchOptionsView } } },
    async (req) => branchOptions(deps, actorOf(req)),
  );
  app.post(
    '/api/users',
    { config: { access: 'user:write' }, schema: { body: userCreateBody, response: { 200: userView } } },
    async (req) => createUser(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { access: 'user:write' },
      schema: { params: z.object({ id: zId }), body: userUpdateBody, response: { 200: userView } },
    },
    async (req) => updateUser(deps, actorOf(req), req.params.id, req.body),
  );
}
