import { z } from 'zod';
import {
  catalogCreateBody,
  catalogListView,
  catalogUpdateBody,
  catalogView,
  meetingCreateBody,
  meetingListItem,
  meetingListQuery,
  meetingView,
  followUpBody,
  opinionBody,
  zId,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { createCatalogItem, listCatalog, updateCatalogItem } from './catalog.service.ts';
import { addFollowUp, addOpinion, createMeeting, getMeeting, listMeetings } from './meetings.service.ts';

const idParams = z.object({ id: zId });

/** Subdistrict meetings (三会三议三监督): configuration, meetings, follow-up of decisions, supervision opinions. */
export function meetingRoutes(app: App, deps: Deps): void {
  const read = { access: 'decision:read' } as const;
  const configure = { access: 'decision:template' } as const;
  const write = { access: 'meeting:write' } as const;

  app.get('/api/meetings/catalog', { config: read, schema: { response: { 200: catalogListView } } }, async (req) =>
    listCatalog(deps, actorOf(req)),
  );
  app.post(
    '/api/meetings/catalog',
    { config: configure, schema: { body: catalogCreateBody, response: { 200: catalogView } } },
    async (req) => createCatalogItem(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/meetings/catalog/:id',
    { config: configure, schema: { params: idParams, body: catalogUpdateBody, response: { 200: catalogView } } },
    async (req) => updateCatalogItem(deps, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/meetings',
    { config: read, schema: { querystring: meetingListQuery, response: { 200: zPaged(meetingListItem) } } },
    async (req) => listMeetings(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/meetings',
    { config: write, schema: { body: meetingCreateBody, response: { 200: meetingView } } },
    async (req) => createMeeting(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/meetings/:id',
    { config: read, schema: { params: idParams, response: { 200: meetingView } } },
    async (req) => getMeeting(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/meetings/decisions/:id/follow-ups',
    { config: write, schema: { params: idParams, body: followUpBody, response: { 200: meetingView } } },
    async (req) => addFollowUp(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/meetings/:id/opinions',
    {
      config: { access: 'meeting:supervise' },
      schema: { params: idParams, body: opinionBody, response: { 200: meetingView } },
    },
    async (req) => addOpinion(deps, actorOf(req), req.params.id, req.body),
  );
}
