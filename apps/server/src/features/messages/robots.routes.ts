import {
  emptyBody,
  outboxListView,
  outboxQuery,
  robotCreateBody,
  robotListView,
  robotUpdateBody,
  robotView,
  zId,
  zOk,
} from '@jishi/shared';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import * as robots from './robots.service.ts';
import { outboxList } from './outbox.service.ts';

const byId = z.object({ id: zId });

/** Group robots (robot:manage, within the caller's scope) and the outbox (outbox:read, the security administrator). */
export function robotsRoutes(app: App, deps: Deps): void {
  const manage = { access: 'robot:manage' } as const;
  app.get('/api/robots', { config: manage, schema: { response: { 200: robotListView } } }, async (req) =>
    robots.listRobots(deps, actorOf(req)),
  );
  app.post(
    '/api/robots',
    { config: manage, schema: { body: robotCreateBody, response: { 200: robotView } } },
    async (req) => robots.createRobot(deps, actorOf(req), req.body),
  );
  app.put(
    '/api/robots/:id',
    { config: manage, schema: { params: byId, body: robotUpdateBody, response: { 200: robotView } } },
    async (req) => robots.updateRobot(deps, actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/robots/:id', { config: manage, schema: { params: byId, response: { 200: zOk } } }, async (req) =>
    robots.deleteRobot(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/robots/:id/test',
    { config: manage, schema: { params: byId, body: emptyBody, response: { 200: zOk } } },
    async (req) => robots.testRobot(deps, actorOf(req), req.params.id),
  );
  app.get(
    '/api/outbox',
    { config: { access: 'outbox:read' }, schema: { querystring: outboxQuery, response: { 200: outboxListView } } },
    async (req) => outboxList(deps, actorOf(req), req.query),
  );
}
