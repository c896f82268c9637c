import { z } from 'zod';
import {
  proxyRequestBody,
  receptionBody,
  receptionIssueToRequestBody,
  receptionView,
  requestActionBody,
  requestBody,
  requestListItem,
  requestListQuery,
  requestPublicityBody,
  requestView,
  serviceActiveBody,
  serviceCatalogBody,
  serviceCatalogPatchBody,
  serviceCatalogQuery,
  serviceCatalogView,
  zId,
  zPaged,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { sendAttachment } from '../../platform/files/file-body.ts';
import { createService, listCatalog, portalCatalog, setServiceActive, updateService } from './catalog.service.ts';
import {
  actOnRequest,
  addPhoto,
  getRequest,
  listMyRequests,
  listProviderOrders,
  listRequests,
  readPhoto,
  recordOnBehalf,
  submitRequest,
} from './requests.service.ts';
import { setPublicity } from './requests.publicity.service.ts';
import { getReception, issueToRequest, listReceptions, recordReception } from './receptions.service.ts';

const idParams = z.object({ id: zId });
const photoParams = z.object({ id: zId, photoId: zId });
const issueParams = z.object({ id: zId, issueId: zId });
/** The service catalogue, requests (staff, residents' portal, providers' orders) and Party-representative receptions. */
export function serviceRequestRoutes(app: App, deps: Deps): void {
  const read = { access: 'service:read' } as const;
  const write = { access: 'service:write' } as const;
  const portal = { access: 'request:create' } as const;
  const orders = { access: 'provider:orders' } as const;

  app.get(
    '/api/services/catalog',
    { config: read, schema: { querystring: serviceCatalogQuery, response: { 200: z.array(serviceCatalogView) } } },
    async (req) => listCatalog(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/services/catalog',
    { config: write, schema: { body: serviceCatalogBody, response: { 200: serviceCatalogView } } },
    async (req) => createService(deps, actorOf(req), req.body),
  );
  app.patch(
    '/api/services/catalog/:id',
    {
      config: write,
      schema: { params: idParams, body: serviceCatalogPatchBody, response: { 200: serviceCatalogView } },
    },
    async (req) => updateService(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/services/catalog/:id/active',
    { config: write, schema: { params: idParams, body: serviceActiveBody, response: { 200: serviceCatalogView } } },
    async (req) => setServiceActive(deps, actorOf(req), req.params.id, req.body.active),
  );

  app.get(
    '/api/services/requests',
    { config: read, schema: { querystring: requestListQuery, response: { 200: zPaged(requestListItem) } } },
    async (req) => listRequests(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/services/requests',
    { config: write, schema: { body: proxyRequestBody, response: { 200: requestView } } },
    async (req) => recordOnBehalf(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/services/requests/:id',
    { config: read, schema: { params: idParams, response: { 200: requestView } } },
    async (req) => getRequest(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/services/requests/:id/actions',
    { config: write, schema: { params: idParams, body: requestActionBody, response: { 200: requestView } } },
    async (req) => actOnRequest(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/services/requests/:id/photos/:photoId',
    { config: read, schema: { params: photoParams } },
    async (req, reply) => sendAttachment(reply, await readPhoto(deps, actorOf(req), req.params.id, req.params.photoId)),
  );

  app.get(
    '/api/portal/services',
    { config: portal, schema: { response: { 200: z.array(serviceCatalogView) } } },
    async (req) => portalCatalog(deps, actorOf(req)),
  );
  app.get(
    '/api/portal/requests',
    { config: portal, schema: { querystring: requestListQuery, response: { 200: zPaged(requestListItem) } } },
    async (req) => listMyRequests(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/portal/requests',
    { config: portal, schema: { body: requestBody, response: { 200: requestView } } },
    async (req) => submitRequest(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/portal/requests/:id',
    { config: portal, schema: { params: idParams, response: { 200: requestView } } },
    async (req) => getRequest(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/portal/requests/:id/actions',
    { config: portal, schema: { params: idParams, body: requestActionBody, response: { 200: requestView } } },
    async (req) => actOnRequest(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/portal/requests/:id/publicity',
    { config: portal, schema: { params: idParams, body: requestPublicityBody, response: { 200: requestView } } },
    async (req) => setPublicity(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/portal/requests/:id/photos',
    { config: portal, schema: { params: idParams, response: { 200: requestView } } },
    async (req) => addPhoto(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/portal/requests/:id/photos/:photoId',
    { config: portal, schema: { params: photoParams } },
    async (req, reply) => sendAttachment(reply, await readPhoto(deps, actorOf(req), req.params.id, req.params.photoId)),
  );

  app.get(
    '/api/provider/orders',
    { config: orders, schema: { querystring: requestListQuery, response: { 200: zPaged(requestListItem) } } },
    async (req) => listProviderOrders(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/provider/orders/:id',
    { config: orders, schema: { params: idParams, response: { 200: requestView } } },
    async (req) => getRequest(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/provider/orders/:id/actions',
    { config: orders, schema: { params: idParams, body: requestActionBody, response: { 200: requestView } } },
    async (req) => actOnRequest(deps, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/services/receptions',
    {
      config: read,
      schema: { querystring: z.object({ unitId: zId.optional() }), response: { 200: z.array(receptionView) } },
    },
    async (req) => listReceptions(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/services/receptions',
    { config: write, schema: { body: receptionBody, response: { 200: receptionView } } },
    async (req) => recordReception(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/services/receptions/:id',
    { config: read, schema: { params: idParams, response: { 200: receptionView } } },
    async (req) => getReception(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/services/receptions/:id/issues/:issueId/request',
    {
      config: write,
      schema: { params: issueParams, body: receptionIssueToRequestBody, response: { 200: receptionView } },
    },
    async (req) => issueToRequest(deps, actorOf(req), req.params.id, req.params.issueId, req.body),
  );
}
