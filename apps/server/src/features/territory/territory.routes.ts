import { z } from 'zod';
import {
  unitListView,
  unitTreeQuery,
  unitView,
  unitCreateBody,
  unitUpdateBody,
  mergeBody,
  unitHistoryView,
  parentAtQuery,
  parentAtView,
  buildingView,
  buildingCreateBody,
  householdView,
  householdCreateBody,
  gridQuery,
  zId,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { createUnit, getUnit, listUnits, parentAt, unitHistory, updateUnit } from './territory.service.ts';
import { mergeUnit } from './territory.merge.ts';
import { createBuilding, createHousehold, listBuildings, listHouseholds } from './buildings.service.ts';

const idParams = z.object({ id: zId });

export function territoryRoutes(app: App, deps: Deps): void {
  const read = { access: 'territory:read' } as const;
  const write = { access: 'territory:write' } as const;
  const registry = { access: 'resident:write' } as const;

  app.get(
    '/api/territory/units',
    { config: read, schema: { querystring: unitTreeQuery, response: { 200: unitListView } } },
    async (req) => listUnits(deps, actorOf(req), req.query.at),
  );
  app.get(
    '/api/territory/units/:id',
    { config: read, schema: { params: idParams, response: { 200: unitView } } },
    async (req) => getUnit(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/territory/units',
    { config: write, schema: { body: unitCreateBody, response: { 200: unitView } } },
    async (req) => createUnit(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/territory/units/:id',
    { config: write, schema: { params: idParams, body: unitUpdateBody, response: { 200: unitView } } },
    async (req) => updateUnit(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/territory/units/:id/merge',
    {
      config: { access: 'territory:restructure' },
      schema: { params: idParams, body: mergeBody, response: { 200: unitView } },
    },
    async (req) => mergeUnit(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/territory/units/:id/history',
    { config: read, schema: { params: idParams, response: { 200: unitHistoryView } } },
    async (req) => unitHistory(deps, actorOf(req), req.params.id),
  );
  app.get(
    '/api/territory/units/:id/parent-at',
    { config: read, schema: { params: idParams, querystring: parentAtQuery, response: { 200: parentAtView } } },
    async (req) => parentAt(deps, actorOf(req), req.params.id, req.query.date),
  );

  app.get(
    '/api/territory/buildings',
    { config: read, schema: { querystring: gridQuery, response: { 200: z.object({ items: z.array(buildingView) }) } } },
    async (req) => listBuildings(deps, actorOf(req), req.query.gridId),
  );
  app.post(
    '/api/territory/buildings',
    { config: registry, schema: { body: buildingCreateBody, response: { 200: buildingView } } },
    async (req) => createBuilding(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/territory/households',
    {
      config: read,
      schema: { querystring: gridQuery, response: { 200: z.object({ items: z.array(householdView) }) } },
    },
    async (req) => listHouseholds(deps, actorOf(req), req.query.gridId),
  );
  app.post(
    '/api/territory/households',
    { config: registry, schema: { body: householdCreateBody, response: { 200: householdView } } },
    async (req) => createHousehold(deps, actorOf(req), req.body),
  );
}
