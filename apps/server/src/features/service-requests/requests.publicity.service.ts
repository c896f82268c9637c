import type { RequestPublicityInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { partiesOf, requireVisible } from './requests.access.ts';
import { getRequest } from './requests.service.ts';
import * as repo from './requests.repo.ts';

/** Publishing requests: the resident's consent, and the reduced public feed built on it (Open311 reads it). */
/**
 * The resident who submitted a request publishes it or withdraws the consent (photos only with the request); the
 * feed follows at once. Only the submitter decides: staff and other residents cannot (403 / 404).
 */
export async function setPublicity(deps: Deps, actor: Actor, id: string, input: RequestPublicityInput) {
  authorize(actor, 'request:create');
  const q = await requireVisible(deps, actor, id);
  if (!(await partiesOf(deps, actor, q)).has('submitter')) throw new AppError('FORBIDDEN');
  const publicConsent = input.publicConsent;
  const publicPhotos = publicConsent && input.publicPhotos;
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, id, {
      public_consent: publicConsent ? 1 : 0,
      public_photos: publicPhotos ? 1 : 0,
      updated_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'request.publicity',
      subjectType: 'service_request',
      subjectId: id,
      orgPath: q.unit_path,
      changes: { publicConsent, publicPhotos },
    });
  });
  return getRequest(deps, actor, id);
}

/**
 * The requests whose residents agreed to publish them, under a jurisdiction path, for public listings (at most 1000;
 * the caller reduces them to public fields). A request without consent is never returned, so it reads as absent.
 * `photoId` is the first photo when the resident also agreed to publish photos, otherwise null.
 */
export async function publicRequestsUnder(
  deps: Deps,
  path: string,
  f: { ids?: string[]; serviceCode?: string; from?: string; to?: string },
) {
  const { rows } = await repo.listRequests(deps.db, null, { ...f, unitPath: path, publicOnly: true }, 1, 1000);
  const withPhotos = rows.filter((r) => r.public_photos === 1).map((r) => r.id);
  const first = new Map<string, string>();
  for (const p of await repo.photosOfMany(deps.db, withPhotos))
    if (!first.has(p.request_id)) first.set(p.request_id, p.id);
  return rows.map((r) => ({ ...r, photoId: first.get(r.id) ?? null }));
}

/** The bytes of a photo for the public feed, only of a request whose resident agreed to publish it and its photos; else null. */
export async function readPublicPhoto(deps: Deps, id: string, photoId: string) {
  const q = await repo.findRequest(deps.db, id);
  const photo =
    q?.public_consent === 1 && q.public_photos === 1 ? await repo.findPhoto(deps.db, id, photoId) : undefined;
  const bytes = photo ? await deps.files.get(photo.key) : null;
  return photo && bytes ? { bytes, contentType: photo.contentType } : null;
}
