import { z } from 'zod';
import {
  closeMonthBody,
  orgLifeMeetingBody,
  orgLifeMeetingView,
  orgLifeQuery,
  indexedPhotoParams,
  scheduleView,
  zOk,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import * as svc from './party-life.service.ts';
import { sendAttachment } from '../../platform/files/file-body.ts';

export function partyLifeRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/party-life/meetings',
    {
      config: { access: 'partylife:read' },
      schema: { querystring: orgLifeQuery, response: { 200: z.object({ items: z.array(orgLifeMeetingView) }) } },
    },
    async (req) => svc.listMeetings(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/party-life/meetings',
    {
      config: { access: 'partylife:write' },
      schema: { body: orgLifeMeetingBody, response: { 200: orgLifeMeetingView } },
    },
    async (req) => svc.recordMeeting(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/party-life/schedule',
    { config: { access: 'partylife:read' }, schema: { querystring: orgLifeQuery, response: { 200: scheduleView } } },
    async (req) => svc.schedule(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/party-life/closed-months',
    { config: { access: 'partylife:close' }, schema: { body: closeMonthBody, response: { 200: zOk } } },
    async (req) => svc.closeMonth(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/party-life/meetings/:id/photos/:n',
    { config: { access: 'partylife:read' }, schema: { params: indexedPhotoParams } },
    async (req, reply) =>
      sendAttachment(reply, await svc.meetingPhoto(deps, actorOf(req), req.params.id, req.params.n)),
  );
}
