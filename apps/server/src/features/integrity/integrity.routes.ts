import { z } from 'zod';
import {
  powerItemCreateBody,
  powerItemList,
  powerItemListQuery,
  powerItemView,
  rolloutBody,
  rolloutView,
  exerciseOpenBody,
  exerciseListQuery,
  exerciseListItem,
  exerciseView,
  stepRecordBody,
  exerciseCloseBody,
  disclosureBody,
  zId,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { createItemVersion, getItem, listItems } from './items.service.ts';
import { rolloutState, setRollout } from './rollout.service.ts';
import { getExercise, listExercises } from './exercises.service.ts';
import { closeExercise, discloseExercise, openExercise, recordStep } from './exercises.write.service.ts';

const idParams = z.object({ id: zId });

/** The power list (权力清单), its roll-out, and exercises (运行) of its items. */
export function integrityRoutes(app: App, deps: Deps): void {
  const read = { access: 'integrity:read' } as const;
  const write = { access: 'integrity:write' } as const;
  const manage = { access: 'integrity:manage' } as const;

  app.get(
    '/api/integrity/items',
    { config: read, schema: { querystring: powerItemListQuery, response: { 200: powerItemList } } },
    async (req) => listItems(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/integrity/items/:id',
    { config: read, schema: { params: idParams, response: { 200: powerItemView } } },
    async (req) => getItem(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/integrity/items',
    { config: manage, schema: { body: powerItemCreateBody, response: { 200: powerItemView } } },
    async (req) => createItemVersion(deps, actorOf(req), req.body),
  );

  app.get('/api/integrity/rollout', { config: read, schema: { response: { 200: rolloutView } } }, async (req) =>
    rolloutState(deps, actorOf(req)),
  );
  app.post(
    '/api/integrity/rollout',
    { config: manage, schema: { body: rolloutBody, response: { 200: rolloutView } } },
    async (req) => setRollout(deps, actorOf(req), req.body),
  );

  app.get(
    '/api/integrity/exercises',
    { config: read, schema: { querystring: exerciseListQuery, response: { 200: zPaged(exerciseListItem) } } },
    async (req) => listExercises(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/integrity/exercises',
    { config: write, schema: { body: exerciseOpenBody, response: { 200: exerciseView } } },
    async (req) => openExercise(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/integrity/exercises/:id',
    { config: read, schema: { params: idParams, response: { 200: exerciseView } } },
    async (req) => getExercise(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/integrity/exercises/:id/steps',
    { config: write, schema: { params: idParams, body: stepRecordBody, response: { 200: exerciseView } } },
    async (req) => recordStep(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/integrity/exercises/:id/close',
    { config: write, schema: { params: idParams, body: exerciseCloseBody, response: { 200: exerciseView } } },
    async (req) => closeExercise(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/integrity/exercises/:id/disclosure',
    { config: write, schema: { params: idParams, body: disclosureBody, response: { 200: exerciseView } } },
    async (req) => discloseExercise(deps, actorOf(req), req.params.id, req.body),
  );
}
