import { z } from 'zod';
import { brandBody, brandsView, communityPageView, honourBody, publicCommunitiesView, zId } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { sendAttachment } from '../../platform/files/file-body.ts';
import {
  addBrandPhoto,
  communityPage,
  createBrand,
  createHonour,
  listBrands,
  publicCommunityList,
  readBrandPhoto,
} from './brands.service.ts';

export function brandRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/services/brands',
    {
      config: { access: 'service:read' },
      schema: { querystring: z.object({ unitId: zId.optional() }), response: { 200: brandsView } },
    },
    async (req) => listBrands(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/services/brands',
    { config: { access: 'service:write' }, schema: { body: brandBody, response: { 200: brandsView } } },
    async (req) => createBrand(deps, actorOf(req), req.body),
  );
  app.post(
    '/api/services/brands/:id/photos',
    { config: { access: 'service:write' }, schema: { params: z.object({ id: zId }), response: { 200: brandsView } } },
    async (req) => addBrandPhoto(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/public/brands/:id/photos/:photoId',
    { config: { access: 'public' }, schema: { params: z.object({ id: zId, photoId: zId }) } },
    async (req, reply) => sendAttachment(reply, await readBrandPhoto(deps, req.params.id, req.params.photoId)),
  );
  app.post(
    '/api/services/honours',
    { config: { access: 'service:write' }, schema: { body: honourBody, response: { 200: brandsView } } },
    async (req) => createHonour(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/public/communities',
    { config: { access: 'public' }, schema: { response: { 200: publicCommunitiesView } } },
    async () => publicCommunityList(deps),
  );
  app.get(
    '/api/public/communities/:id',
    { config: { access: 'public' }, schema: { params: z.object({ id: zId }), response: { 200: communityPageView } } },
    async (req) => communityPage(deps, req.params.id),
  );
}
