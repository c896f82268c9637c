import { z } from 'zod';
import {
  residentView,
  residentListQuery,
  residentCreateBody,
  residentUpdateBody,
  revealBody,
  revealView,
  lookupBody,
  exportBody,
  importResultView,
  zId,
  zOk,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { attachmentName } from '../../platform/content-disposition.ts';
import { XLSX_MIME } from '../../platform/xlsx.ts';
import {
  createResident,
  getResident,
  listResidents,
  removeResident,
  revealResident,
  updateResident,
} from './residents.service.ts';
import { importResidents, importTemplate } from './residents.import.ts';
import { exportResidents } from './residents.export.ts';
import { lookupResidents } from './residents.lookup.ts';

const idParams = z.object({ id: zId });

export function residentRoutes(app: App, deps: Deps): void {
  app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );

  app.get(
    '/api/residents',
    {
      config: { access: 'resident:read' },
      schema: { querystring: residentListQuery, response: { 200: zPaged(residentView) } },
    },
    async (req) => listResidents(deps, actorOf(req), req.query),
  );
  app.get('/api/residents/import-template', { config: { access: 'resident:import' } }, async (req, reply) => {
    reply
      .type(XLSX_MIME)
      .header('content-disposition', attachmentName('居民导入模板', 'resident-import-template', 'xlsx'));
    return importTemplate(deps, actorOf(req));
  });
  app.post(
    '/api/residents/import',
    {
      config: { access: 'resident:import' },
      schema: { body: z.instanceof(Buffer), response: { 200: importResultView } },
    },
    async (req) => importResidents(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/residents/export',
    { config: { access: 'resident:export' }, schema: { body: exportBody } },
    async (req, reply) => {
      const stream = await exportResidents(deps, actorOf(req), req.body);
      reply.type(XLSX_MIME).header('content-disposition', attachmentName('居民名单', 'residents', 'xlsx'));
      return reply.send(stream);
    },
  );
  app.post(
    '/api/residents/lookup',
    {
      config: { access: 'resident:read' },
      schema: { body: lookupBody, response: { 200: z.object({ items: z.array(residentView) }) } },
    },
    async (req) => lookupResidents(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/residents/:id',
    { config: { access: 'resident:read' }, schema: { params: idParams, response: { 200: residentView } } },
    async (req) => getResident(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/residents',
    { config: { access: 'resident:write' }, schema: { body: residentCreateBody, response: { 200: residentView } } },
    async (req) => createResident(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/residents/:id',
    {
      config: { access: 'resident:write' },
      schema: { params: idParams, body: residentUpdateBody, response: { 200: residentView } },
    },
    async (req) => updateResident(deps, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/residents/:id',
    { config: { access: 'resident:write' }, schema: { params: idParams, response: { 200: zOk } } },
    async (req) => {
      await removeResident(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/residents/:id/reveal',
    { config: { access: 'pi:reveal' }, schema: { params: idParams, body: revealBody, response: { 200: revealView } } },
    async (req) => revealResident(deps, actorOf(req), req.params.id, req.body),
  );
}
