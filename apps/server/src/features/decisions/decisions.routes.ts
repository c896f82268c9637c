import { z } from 'zod';
import {
  templateCreateBody,
  templateListView,
  templateView,
  matterCreateBody,
  matterListQuery,
  matterListItem,
  matterReviseBody,
  matterView,
  withdrawBody,
  stageMeetingBody,
  stageNoticeBody,
  implementationBody,
  progressBody,
  ratingBody,
  zId,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { createTemplate, getTemplate, listTemplates } from './templates.service.ts';
import { getMatter, listMatters, openMatter, reviseMatter, withdrawMatter } from './matters.service.ts';
import { publishNotice, recordMeeting } from './stages.service.ts';
import { addProgress, rateMatter, setImplementation } from './implementation.service.ts';

const idParams = z.object({ id: zId });
const ratingView = z.object({
  count: z.number().int(),
  average: z.number().nullable(),
  mine: z.number().int().nullable(),
});

/** Procedure templates and matters of the deliberation hall (议事厅). */
export function decisionRoutes(app: App, deps: Deps): void {
  const read = { access: 'decision:read' } as const;
  const write = { access: 'decision:write' } as const;

  app.get('/api/decisions/templates', { config: read, schema: { response: { 200: templateListView } } }, async (req) =>
    listTemplates(deps, actorOf(req)),
  );
  app.get(
    '/api/decisions/templates/:id',
    { config: read, schema: { params: idParams, response: { 200: templateView } } },
    async (req) => getTemplate(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/decisions/templates',
    { config: { access: 'decision:template' }, schema: { body: templateCreateBody, response: { 200: templateView } } },
    async (req) => createTemplate(deps, actorOf(req), req.body),
  );

  app.get(
    '/api/decisions/matters',
    { config: read, schema: { querystring: matterListQuery, response: { 200: zPaged(matterListItem) } } },
    async (req) => listMatters(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/decisions/matters',
    { config: write, schema: { body: matterCreateBody, response: { 200: matterView } } },
    async (req) => openMatter(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/decisions/matters/:id',
    { config: read, schema: { params: idParams, response: { 200: matterView } } },
    async (req) => getMatter(deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/decisions/matters/:id',
    { config: write, schema: { params: idParams, body: matterReviseBody, response: { 200: matterView } } },
    async (req) => reviseMatter(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/decisions/matters/:id/withdraw',
    { config: write, schema: { params: idParams, body: withdrawBody, response: { 200: matterView } } },
    async (req) => withdrawMatter(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/decisions/matters/:id/meetings',
    { config: write, schema: { params: idParams, body: stageMeetingBody, response: { 200: matterView } } },
    async (req) => recordMeeting(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/decisions/matters/:id/notices',
    { config: write, schema: { params: idParams, body: stageNoticeBody, response: { 200: matterView } } },
    async (req) => publishNotice(deps, actorOf(req), req.params.id, req.body),
  );
  app.patch(
    '/api/decisions/matters/:id/implementation',
    { config: write, schema: { params: idParams, body: implementationBody, response: { 200: matterView } } },
    async (req) => setImplementation(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/decisions/matters/:id/progress',
    { config: write, schema: { params: idParams, body: progressBody, response: { 200: matterView } } },
    async (req) => addProgress(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/decisions/matters/:id/rating',
    {
      config: { access: 'notice:rate' },
      schema: { params: idParams, body: ratingBody, response: { 200: ratingView } },
    },
    async (req) => rateMatter(deps, actorOf(req), req.params.id, req.body),
  );
}
