import type { Permission } from '@jishi/shared';
import { fileKeyView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { authorize } from '../../platform/authorize.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { uploadPhoto } from './files.service.ts';

/** A photo upload route (the body is the image) for callers holding `access`; answers the stored key. */
function photoUploadRoute(app: App, deps: Deps, url: string, access: Permission): void {
  app.post(url, { config: { access }, schema: { response: { 200: fileKeyView } } }, async (req) => {
    const actor = actorOf(req);
    authorize(actor, access);
    return uploadPhoto(deps, actor, req.body, actor.scope.paths[0] ?? '/');
  });
}

/**
 * Photo uploads of the Party-life features: meeting photos (三会一课) and pairing contact photos. Upload
 * first, then name the returned keys in the record (which accepts only its author's uploads).
 */
export function partyLifeFileRoutes(app: App, deps: Deps): void {
  photoUploadRoute(app, deps, '/api/party-life/photos', 'partylife:write');
  photoUploadRoute(app, deps, '/api/pairing/photos', 'pairing:write');
}
