import { z } from 'zod';
import {
  oneTimePasswordView,
  userBranchOptionsView,
  userCreatedView,
  userCreateBody,
  userListView,
  userUpdateBody,
  userView,
  zId,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { branchOptions, createUser, listUsers, resetPassword, resetSecondFactor, updateUser } from './users.service.ts';

export function userRoutes(app: App, deps: Deps): void {
  const params = z.object({ id: zId });
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
    { config: { access: 'user:write' }, schema: { body: userCreateBody, response: { 200: userCreatedView } } },
    async (req) => createUser(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { access: 'user:write' },
      schema: { params, body: userUpdateBody, response: { 200: userView } },
    },
    async (req) => updateUser(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/password-reset',
    { config: { access: 'user:write' }, schema: { params, response: { 200: oneTimePasswordView } } },
    async (req) => resetPassword(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/users/:id/second-factor-reset',
    { config: { access: 'user:write' }, schema: { params, response: { 200: userView } } },
    async (req) => resetSecondFactor(deps, actorOf(req), req.params.id),
  );
}
