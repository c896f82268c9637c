import { z } from 'zod';
import { workerView, workerListQuery, workerCreateBody, workerUpdateBody, zId, zPaged } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { createWorker, listWorkers, updateWorker } from './workers.service.ts';

export function workerRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/workers',
    {
      config: { access: 'worker:read' },
      schema: { querystring: workerListQuery, response: { 200: zPaged(workerView) } },
    },
    async (req) => listWorkers(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/workers',
    { config: { access: 'worker:write' }, schema: { body: workerCreateBody, response: { 200: workerView } } },
    async (req) => createWorker(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/workers/:id',
    {
      config: { access: 'worker:write' },
      schema: { params: z.object({ id: zId }), body: workerUpdateBody, response: { 200: workerView } },
    },
    async (req) => updateWorker(deps, actorOf(req), req.params.id, req.body),
  );
}
