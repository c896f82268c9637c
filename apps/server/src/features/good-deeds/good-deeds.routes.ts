import { z } from 'zod';
import { goodDeedBody, goodDeedQuery, goodDeedView, zId, emptyBody, zPage, zPaged } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import * as svc from './good-deeds.service.ts';

export function goodDeedRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/good-deeds',
    {
      config: { access: 'volunteer:read' },
      schema: { querystring: zPage.extend(goodDeedQuery.shape), response: { 200: zPaged(goodDeedView) } },
    },
    async (req) => svc.listDeeds(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/good-deeds',
    { config: { access: 'volunteer:write' }, schema: { body: goodDeedBody, response: { 200: goodDeedView } } },
    async (req) => svc.recordDeed(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/good-deeds/:id/confirm',
    {
      config: { access: 'volunteer:write' },
      schema: { params: z.object({ id: zId }), body: emptyBody, response: { 200: goodDeedView } },
    },
    async (req) => svc.confirmDeed(deps, actorOf(req), req.params.id),
  );
}
