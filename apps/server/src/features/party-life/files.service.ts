import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { isFileKey, newFileKey } from '../../platform/files/file-store.ts';
import { intakeImage } from '../../platform/files/image-intake.ts';
import { audited } from './units.service.ts';

/**
 * Files of the Party-life and volunteer features, kept in the platform's file store: meeting and
 * contact photos (cleaned by the image intake: no metadata, no location) and study materials (PDF,
 * MP4). A record may name only files its author uploaded; the bytes are served only through the
 * owning record's scope-checked route.
 */
export const MATERIAL_TYPES = ['application/pdf', 'video/mp4'] as const;
export const MATERIAL_MAX_BYTES = 50 * 1024 * 1024;

/** The type a study material really is (by its bytes): PDF (%PDF-) or MP4 (an ISO-BMFF 'ftyp' box). */
export function sniffMaterial(bytes: Buffer): (typeof MATERIAL_TYPES)[number] | null {
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') return 'video/mp4';
  return null;
}

async function store(
  deps: Deps,
  actor: Actor,
  bytes: Buffer,
  contentType: string,
  ext: string,
  orgPath: string,
): Promise<string> {
  const key = newFileKey(ext);
  await deps.files.put(key, bytes); // durable before the record that names it
  await audited(
    deps,
    actor,
    {
      action: 'party_life.file_upload',
      subjectType: 'file',
      subjectId: key,
      orgPath,
      changes: { contentType, size: bytes.length },
    },
    (trx) =>
      trx
        .insertInto('party_life_files')
        .values({
          key,
          content_type: contentType,
          size: bytes.length,
          uploaded_by: actor.userId,
          created_at: nowIsoOf(deps.clock),
        })
        .execute(),
  );
  return key;
}

/** A photo for a meeting record or a pairing contact: checked and cleaned, then stored. */
export async function uploadPhoto(deps: Deps, actor: Actor, body: unknown, orgPath: string): Promise<{ key: string }> {
  if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_FILE_TYPE');
  const image = await intakeImage(body, { keepLocation: false });
  return { key: await store(deps, actor, image.bytes, image.contentType, image.ext, orgPath) };
}

/** A study material (PDF or MP4), typed by its bytes. */
export async function uploadMaterial(
  deps: Deps,
  actor: Actor,
  body: unknown,
  orgPath: string,
): Promise<{ key: string; contentType: string }> {
  if (!Buffer.isBuffer(body)) throw new AppError('BAD_FILE');
  const contentType = sniffMaterial(body);
  if (!contentType) throw new AppError('BAD_FILE');
  return {
    key: await store(deps, actor, body, contentType, contentType === 'application/pdf' ? 'pdf' : 'mp4', orgPath),
    contentType,
  };
}

/** Photos a record names must be files this actor uploaded (no pointing at anyone else's files). */
export async function assertOwnUploads(db: Conn, actor: Actor, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  if (!keys.every(isFileKey)) throw new AppError('NOT_FOUND');
  const rows = await db
    .selectFrom('party_life_files')
    .select('key')
    .where('key', 'in', [...keys])
    .where('uploaded_by', '=', actor.userId)
    .execute();
  if (rows.length !== new Set(keys).size) throw new AppError('NOT_FOUND');
}

/** The stored bytes and type of a file a caller has already been authorised to read. */
export async function readFile(
  deps: Deps,
  key: string | null | undefined,
): Promise<{ bytes: Buffer; contentType: string }> {
  if (!key || !isFileKey(key)) throw new AppError('NOT_FOUND');
  const row = await deps.db
    .selectFrom('party_life_files')
    .select('content_type')
    .where('key', '=', key)
    .executeTakeFirst();
  const bytes = row ? await deps.files.get(key) : null;
  if (!row || !bytes) throw new AppError('NOT_FOUND');
  return { bytes, contentType: row.content_type };
}
