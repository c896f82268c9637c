import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Engine } from '../../db/dialect.ts';
import { schemaVersion } from '../../db/table-scan.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { tableChecksums } from './backup.checksums.ts';
import {
  FILES_DIR,
  FORMAT_NAME,
  MANIFEST_FILE,
  bytesSha256,
  fileSha256,
  syncFile,
  writeDurably,
  type BackupManifest,
} from './backup.manifest.ts';
import { BackupRefused } from './backup.refused.ts';

export interface BackupSource {
  engine: Engine;
  files: FileStore;
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes a backup into a new directory: the database copy (taken online, one consistent snapshot),
 * the stored files and manifest.json (engine, schema version, time, row count and checksum per table
 * from that snapshot, SHA-256 per file). Encrypted fields stay as the database holds them: nothing is
 * decrypted. The work happens in `<dir>.partial`, renamed at the end, so a directory named like the
 * target is always a finished backup.
 */
export async function createBackup(source: BackupSource, dir: string, now = new Date()): Promise<BackupManifest> {
  const target = resolve(dir);
  const work = `${target}.partial`;
  if (await exists(target)) throw new BackupRefused(`${target} already exists: a backup goes into a new directory`);
  if (await exists(work)) {
    throw new BackupRefused(`${work} is left from a backup that did not finish: remove it and run again`);
  }
  await mkdir(dirname(target), { recursive: true });
  await mkdir(work, { mode: 0o700 });
  try {
    const { engine } = source;
    const dumpPath = join(work, engine.dumpFile);
    const { tool, result } = await engine.snapshot(dumpPath, async (db) => ({
      tables: await tableChecksums(db, engine.name),
      version: await schemaVersion(db, engine.name),
    }));
    await chmod(dumpPath, 0o600);
    await syncFile(dumpPath);
    const dump = await fileSha256(dumpPath);

    // Files after the snapshot: a file is stored before the row naming it commits, so every file the
    // copy names is there (later uploads may come along too; they are harmless without a row).
    const keys: string[] = [];
    for await (const key of source.files.list()) keys.push(key);
    keys.sort();
    const files: BackupManifest['files'] = [];
    for (const key of keys) {
      const bytes = await source.files.get(key);
      if (!bytes) continue; // removed since it was listed
      const path = join(work, FILES_DIR, key);
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeDurably(path, bytes);
      files.push({ key, bytes: bytes.length, sha256: bytesSha256(bytes) });
    }

    const manifest: BackupManifest = {
      format: FORMAT_NAME,
      engine: engine.name,
      createdAt: now.toISOString(),
      schemaVersion: result.version,
      database: { file: engine.dumpFile, bytes: dump.bytes, sha256: dump.sha256, madeBy: tool },
      tables: result.tables,
      files,
    };
    await writeDurably(join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(work, target);
    return manifest;
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

/** Unused directory name for a backup taken now: `jishi-20261207T061500Z`. */
export const defaultBackupName = (now = new Date()): string =>
  `jishi-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;
