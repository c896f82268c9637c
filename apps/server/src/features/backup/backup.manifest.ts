import { open, readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { isFileKey } from '../../platform/files/file-store.ts';
import { BackupRefused } from './backup.refused.ts';

export const MANIFEST_FILE = 'manifest.json';
export const FILES_DIR = 'files';
const FORMAT = 'jishi-backup/1';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();

const manifestSchema = z
  .object({
    format: z.literal(FORMAT),
    /** The engine the database copy is for (a backup restores into the same kind of database). */
    engine: z.string().min(1),
    createdAt: z.iso.datetime(),
    /** The last migration applied to the copied database. */
    schemaVersion: z.string().nullable(),
    database: z.object({ file: z.string().regex(/^[a-z]+\.[a-z]+$/), bytes: count, sha256, madeBy: z.string() }),
    tables: z.array(z.object({ name: z.string().min(1), rows: count, sha256 })),
    files: z.array(z.object({ key: z.string().refine(isFileKey), bytes: count, sha256 })),
  })
  .strict();

export type BackupManifest = z.infer<typeof manifestSchema>;
export type TableSum = BackupManifest['tables'][number];
export const FORMAT_NAME = FORMAT;

/** SHA-256 of a file, read as a stream (database copies can be large). */
export async function fileSha256(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

export const bytesSha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Writes a file and flushes it to disk before resolving (a finished backup survives a power cut). */
export async function writeDurably(path: string, bytes: Buffer | string): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a file another writer made (the database copy) to disk. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupRefused(`${dir} is not a backup: it has no ${MANIFEST_FILE}`);
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupRefused(`${MANIFEST_FILE} in ${dir} is damaged: it is not readable JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupRefused(`${MANIFEST_FILE} in ${dir} is damaged or not a ${FORMAT} manifest`);
  }
  return parsed.data;
}
