import type { Deps } from '../../deps.ts';
import type { Conn, Trx } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { isFileKey } from '../../platform/files/file-store.ts';
import {
  acceptDocument,
  acceptPhoto,
  attach,
  readAttachment,
  type AcceptedFile,
  type StoredFile,
} from '../../platform/files/attachments.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import * as repo from './party-life.repo.ts';
import { nowIsoOf } from '../../platform/clock.ts';

/**
 * Files of the Party-life and volunteer features, attached through the platform (platform/files/attachments.ts):
 * meeting and contact photos (cleaned by the image intake: no metadata, no location) and study materials (PDF,
 * MP4). Each upload writes a `party_life_files` row (mapped in party-life.repo.ts) and its audit record in one
 * transaction. A record may name only files its author uploaded; the bytes are served only through the owning
 * record's scope-checked route.
 */
async function store(
  deps: Deps,
  actor: Actor,
  file: AcceptedFile,
  orgPath: string,
  alsoWrite?: (trx: Trx, stored: StoredFile) => Promise<void>,
): Promise<string> {
  const stored = await attach(deps, file, async (trx, stored) => {
    await repo.insertFile(trx, stored, actor.userId, nowIsoOf(deps.clock));
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'party_life.file_upload',
      subjectType: 'file',
      subjectId: stored.key,
      orgPath,
      changes: { contentType: stored.contentType, size: stored.size },
    });
    await alsoWrite?.(trx, stored);
    return stored;
  });
  return stored.key;
}

/** A photo for a meeting record or a pairing contact: checked and cleaned, then stored. */
export async function uploadPhoto(deps: Deps, actor: Actor, body: unknown, orgPath: string): Promise<{ key: string }> {
  return { key: await store(deps, actor, await acceptPhoto(body), orgPath) };
}

/**
 * A study material (PDF or MP4), typed by its bytes; `attachTo` writes the record that names it in the same
 * transaction (so a failed record leaves neither the file row nor the bytes).
 */
export async function uploadMaterial(
  deps: Deps,
  actor: Actor,
  body: unknown,
  orgPath: string,
  attachTo?: (trx: Trx, stored: StoredFile) => Promise<void>,
): Promise<{ key: string; contentType: string }> {
  const file = acceptDocument(body);
  return { key: await store(deps, actor, file, orgPath, attachTo), contentType: file.contentType };
}

/** Photos a record names must be files this actor uploaded (no pointing at anyone else's files). */
export async function assertOwnUploads(db: Conn, actor: Actor, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  if (!keys.every(isFileKey)) throw new AppError('NOT_FOUND');
  const rows = await repo.uploadedBy(db, keys, actor.userId);
  if (rows.length !== new Set(keys).size) throw new AppError('NOT_FOUND');
}

/** The stored bytes and type of a file a caller has already been authorised to read. */
export async function readFile(
  deps: Deps,
  key: string | null | undefined,
): Promise<{ bytes: Buffer; contentType: string }> {
  if (!key || !isFileKey(key)) throw new AppError('NOT_FOUND');
  return readAttachment(deps.files, await repo.findFile(deps.db, key));
}
