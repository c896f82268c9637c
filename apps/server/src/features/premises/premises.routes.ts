import { z } from 'zod';
import {
  areaStatsQuery,
  areaStatsView,
  premisesBody,
  premisesListQuery,
  premisesPatchBody,
  premisesView,
  projectActionBody,
  projectBody,
  projectListQuery,
  projectView,
  roomBody,
  roomPatchBody,
  zId,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import {
  addRoom,
  areaStats,
  createPremises,
  getPremises,
  listPremises,
  updatePremises,
  updateRoom,
} from './premises.service.ts';
import { actOnProject, createProject, listProjects } from './projects.service.ts';

const idParams = z.object({ id: zId });

/** Service premises, rooms, construction projects and the area figures. */
export function premisesRoutes(app: App, deps: Deps): void {
  const read = { access: 'service:read' } as const;
  const write = { access: 'service:write' } as const;

  app.get(
    '/api/services/premises',
    { config: read, schema: { querystring: premisesListQuery, response: { 200: z.array(premisesView) } } },
    async (req) => listPremises(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/services/premises',
    { config: write, schema: { body: premisesBody, response: { 200: premisesView } } },
    async (req) => createPremises(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/services/premises/:id',
    { config: read, schema: { params: idParams, response: { 200: premisesView } } },
    async (req) => getPremises(deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/services/premises/:id',
    { config: write, schema: { params: idParams, body: premisesPatchBody, response: { 200: premisesView } } },
    async (req) => updatePremises(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/services/premises/:id/rooms',
    { config: write, schema: { params: idParams, body: roomBody, response: { 200: premisesView } } },
    async (req) => addRoom(deps, actorOf(req), req.params.id, req.body),
  );
  app.patch(
    '/api/services/rooms/:id',
    { config: write, schema: { params: idParams, body: roomPatchBody, response: { 200: premisesView } } },
    async (req) => updateRoom(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/services/area-stats',
    { config: read, schema: { querystring: areaStatsQuery, response: { 200: areaStatsView } } },
    async (req) => areaStats(deps, actorOf(req), req.query),
  );

  app.get(
    '/api/services/projects',
    { config: read, schema: { querystring: projectListQuery, response: { 200: z.array(projectView) } } },
    async (req) => listProjects(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/services/projects',
    { config: write, schema: { body: projectBody, response: { 200: projectView } } },
    async (req) => createProject(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/services/projects/:id/actions',
    { config: write, schema: { params: idParams, body: projectActionBody, response: { 200: projectView } } },
    async (req) => actOnProject(deps, actorOf(req), req.params.id, req.body),
  );
}
