import { z } from 'zod';
import { trainingCreateBody, trainingStatsView, trainingView, zYear } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import * as svc from './trainings.service.ts';

const yearQuery = z.object({ year: zYear });

export function trainingRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/trainings',
    {
      config: { access: 'partylife:read' },
      schema: { querystring: yearQuery, response: { 200: z.object({ items: z.array(trainingView) }) } },
    },
    async (req) => svc.listTrainings(deps, actorOf(req), req.query.year),
  );
  app.post(
    '/api/trainings',
    { config: { access: 'partylife:write' }, schema: { body: trainingCreateBody, response: { 200: trainingView } } },
    async (req) => svc.createTraining(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/trainings/stats',
    { config: { access: 'partylife:read' }, schema: { querystring: yearQuery, response: { 200: trainingStatsView } } },
    async (req) => svc.trainingStats(deps, actorOf(req), req.query.year),
  );
}
