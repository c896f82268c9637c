import { AppError } from '../errors.ts';
import { newFileKey, type FileStore } from './file-store.ts';
import { intakeImage, type AcceptedImage } from './image-intake.ts';

/**
 * The one way a feature attaches a photo or a document to one of its records:
 *
 * 1. accept: `acceptPhoto` / `acceptDocument` check the body (type by its bytes, size) and
 *    `assertRoomFor` the owner's count limit: one error code each (415/400 type, 413
 *    PAYLOAD_TOO_LARGE, 409 ATTACHMENT_LIMIT);
 * 2. `attach`: store the bytes under a server-made key, then write the owner's row (and its audit record) in
 *    one transaction; when that transaction fails the stored bytes are removed, so no file outlives its row;
 * 3. serve: the feature loads its row after its own scope check, `readAttachment` returns the bytes
 *    (404 when the row or its bytes are missing) and `sendAttachment` (file-body.ts) sends them.
 *
 * Feature tables keep the key and what they know about the file. Canonical column names for a new table:
 * `storage_key`, `content_type`, `bytes` (as `dispute_photos`, decision 0016); older tables named them
 * differently (`mime`; `key`, `size`) and their repositories map them to `StoredFile`.
 */

/** Study materials and other documents: PDF or MP4, typed by their bytes. */
export const DOCUMENT_TYPES = ['application/pdf', 'video/mp4'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;

/** A file that passed its checks, ready to store: its bytes, its type by content and the key's extension. */
export interface AcceptedFile {
  bytes: Buffer;
  contentType: string;
  ext: string;
}

/** What a feature row records about a stored file. */
export interface StoredFile {
  key: string;
  contentType: string;
  size: number;
}

/** A photo (the body is the image): checked and re-encoded without metadata by the image intake. */
export async function acceptPhoto(body: unknown, options: { keepLocation?: boolean } = {}): Promise<AcceptedImage> {
  if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_FILE_TYPE');
  return intakeImage(body, { keepLocation: options.keepLocation ?? false });
}

/** The type a document really is (by its bytes): PDF (%PDF-) or MP4 (an ISO-BMFF 'ftyp' box); null otherwise. */
export function sniffDocument(bytes: Buffer): DocumentType | null {
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') return 'video/mp4';
  return null;
}

/** A document (the body is the file), typed by its bytes and kept as sent. */
export function acceptDocument(body: unknown): AcceptedFile {
  if (!Buffer.isBuffer(body)) throw new AppError('BAD_FILE');
  if (body.length > DOCUMENT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  const contentType = sniffDocument(body);
  if (!contentType) throw new AppError('BAD_FILE');
  return { bytes: body, contentType, ext: contentType === 'application/pdf' ? 'pdf' : 'mp4' };
}

/** How many photos or files one record may hold (the ATTACHMENT_LIMIT message names it). */
export const MAX_ATTACHMENTS = 6;

/** A record that already holds `count` files takes no more once it has MAX_ATTACHMENTS (409 ATTACHMENT_LIMIT). */
export function assertRoomFor(count: number): void {
  if (count >= MAX_ATTACHMENTS) throw new AppError('ATTACHMENT_LIMIT');
}

/** The part of a Kysely database `attach` uses (kept structural: the platform knows no schema). */
export interface Transactional<Trx> {
  transaction(): { execute<R>(callback: (trx: Trx) => Promise<R>): Promise<R> };
}

/**
 * Stores the file (durable before any row names it), then runs `write` in one transaction: the owner's row and
 * its audit record. If the transaction fails, the stored bytes are removed before the error goes on.
 */
export async function attach<Trx, T>(
  deps: { db: Transactional<Trx>; files: FileStore },
  file: AcceptedFile,
  write: (trx: Trx, stored: StoredFile) => Promise<T>,
): Promise<T> {
  const stored: StoredFile = { key: newFileKey(file.ext), contentType: file.contentType, size: file.bytes.length };
  await deps.files.put(stored.key, file.bytes);
  try {
    return await deps.db.transaction().execute((trx) => write(trx, stored));
  } catch (error) {
    await deps.files.remove(stored.key);
    throw error;
  }
}

/** The bytes of a file whose row the caller has loaded after its own scope check; 404 without row or bytes. */
export async function readAttachment(
  files: FileStore,
  row: Pick<StoredFile, 'key' | 'contentType'> | null | undefined,
): Promise<{ bytes: Buffer; contentType: string }> {
  const bytes = row ? await files.get(row.key) : null;
  if (!row || !bytes) throw new AppError('NOT_FOUND');
  return { bytes, contentType: row.contentType };
}
