import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isEmptyDatabase, restoreDump } from '../../db/backup-restore.ts';
import { openDatabase } from '../../db/database.ts';
import { engineOfUrl } from '../../db/dialect.ts';
import { MIGRATIONS } from '../../db/migrations/index.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { tableChecksums, tableDifferences } from './backup.checksums.ts';
import { FILES_DIR, bytesSha256, fileSha256, readManifest, type BackupManifest } from './backup.manifest.ts';
import { BackupRefused } from './backup.refused.ts';

export interface RestoreTarget {
  /** The database to restore into (a URL as DATABASE_URL takes it); a server database must exist already. */
  databaseUrl: string;
  files: FileStore;
}

export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  files: number;
}

const DAMAGED = 'the backup is damaged or was altered; restore from another backup';

async function readChecked(dir: string, file: BackupManifest['files'][number]): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, FILES_DIR, file.key));
  } catch {
    throw new BackupRefused(`stored file ${file.key} is missing from the backup: ${DAMAGED}`);
  }
  if (bytes.length !== file.bytes || bytesSha256(bytes) !== file.sha256) {
    throw new BackupRefused(`stored file ${file.key} does not match its checksum in the manifest: ${DAMAGED}`);
  }
  return bytes;
}

/** Checks a backup without touching any database: its manifest, the database copy and every file against their checksums. */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  let dump: { sha256: string; bytes: number };
  try {
    dump = await fileSha256(join(dir, manifest.database.file));
  } catch {
    throw new BackupRefused(`the database copy ${manifest.database.file} is missing from the backup: ${DAMAGED}`);
  }
  if (dump.sha256 !== manifest.database.sha256 || dump.bytes !== manifest.database.bytes) {
    throw new BackupRefused(`the database copy does not match its checksum in the manifest: ${DAMAGED}`);
  }
  for (const file of manifest.files) await readChecked(dir, file);
  return manifest;
}

/**
 * Restores a backup: verifies it first (nothing is touched when a byte differs), refuses a target
 * database that holds tables unless `force` (then it is replaced), loads the copy, compares every
 * table's row count and checksum with the manifest, and puts the stored files back (read back and
 * checked). The server must be stopped while it runs.
 */
export async function restoreBackup(
  dir: string,
  target: RestoreTarget,
  options: { force: boolean },
): Promise<RestoreReport> {
  const manifest = await verifyBackup(dir);
  const targetEngine = engineOfUrl(target.databaseUrl);
  if (manifest.engine !== targetEngine) {
    throw new BackupRefused(
      `this backup holds a ${manifest.engine} database and the target is a ${targetEngine} database: a backup restores into the same kind of database`,
    );
  }
  if (manifest.schemaVersion !== null && !Object.hasOwn(MIGRATIONS, manifest.schemaVersion)) {
    throw new BackupRefused(
      `this backup comes from a newer version of Jishi (schema ${manifest.schemaVersion}): upgrade Jishi before restoring it`,
    );
  }
  if (!options.force && !(await isEmptyDatabase(target.databaseUrl))) {
    throw new BackupRefused(
      'the target database is not empty: a restore would replace everything in it. Stop the server and run the restore again with --force to replace it, or restore into a new, empty database',
    );
  }

  await restoreDump(target.databaseUrl, join(dir, manifest.database.file), {
    replace: options.force,
    madeBy: manifest.database.madeBy,
    tables: manifest.tables.map((t) => t.name),
  });

  const { db, engine } = openDatabase<unknown>(target.databaseUrl);
  let differences: string[];
  try {
    differences = tableDifferences(manifest.tables, await tableChecksums(db, engine.name));
  } finally {
    await db.destroy();
  }
  if (differences.length) {
    throw new BackupRefused(
      `the restored database differs from the backup's manifest (${differences.length} tables: ${differences.slice(0, 5).join('; ')}): ${DAMAGED}`,
    );
  }

  for (const file of manifest.files) {
    const bytes = await readChecked(dir, file);
    await target.files.put(file.key, bytes);
    const back = await target.files.get(file.key);
    if (!back || bytesSha256(back) !== file.sha256) {
      throw new BackupRefused(`stored file ${file.key} could not be written back intact into the file store`);
    }
  }
  return {
    manifest,
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
    files: manifest.files.length,
  };
}
