import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { acceptPhoto, assertRoomFor, attach } from '../../platform/files/attachments.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireCase } from './cases.service.ts';
import * as repo from './cases.repo.ts';

/** The answer for a photo already stored under its key (the GPS position is only reported on the first upload). */
const storedReceipt = (p: { id: string; content_type: string; width: number; height: number; bytes: number }) => ({
  id: p.id,
  contentType: p.content_type,
  width: p.width,
  height: p.height,
  bytes: p.bytes,
  location: null,
});

/** One photo (raw image body): checked and cleaned by the platform intake, stored under a server key; the same key stores it once. */
export async function uploadPhoto(
  deps: Deps,
  actor: Actor,
  id: string,
  body: unknown,
  query: { key: string; useLocation: 'true' | 'false' },
) {
  authorize(actor, 'grid:case');
  const c = await requireCase(deps.db, actor, id);
  const prior = await repo.findPhotoByKey(deps.db, query.key);
  if (prior) {
    if (prior.case_id !== id || prior.uploaded_by !== actor.userId) throw new AppError('DUPLICATE');
    return storedReceipt(prior);
  }
  assertRoomFor(await repo.countPhotos(deps.db, id));
  const image = await acceptPhoto(body, { keepLocation: query.useLocation === 'true' });
  const pid = newId();
  const now = nowIsoOf(deps.clock);
  try {
    await attach(deps, image, async (trx, stored) => {
      await repo.insertPhoto(trx, id, stored, {
        id: pid,
        width: image.width,
        height: image.height,
        idempotency_key: query.key,
        uploaded_by: actor.userId,
        created_at: now,
      });
      if (image.location)
        await repo.updateCase(trx, id, {
          lat_e6: Math.round(image.location.lat * 1e6),
          lng_e6: Math.round(image.location.lng * 1e6),
          updated_at: now,
        });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'grid.case.photo',
        subjectType: 'dispute_case',
        subjectId: id,
        orgPath: c.grid_path,
        changes: {
          photoId: pid,
          contentType: image.contentType,
          bytes: image.bytes.length,
          locationKept: Boolean(image.location),
        },
      });
    });
  } catch (error) {
    const winner = await repo.findPhotoByKey(deps.db, query.key);
    if (winner && winner.case_id === id) return storedReceipt(winner);
    throw translateDbError(error);
  }
  return {
    id: pid,
    contentType: image.contentType,
    width: image.width,
    height: image.height,
    bytes: image.bytes.length,
    location: image.location,
  };
}
