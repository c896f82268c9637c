import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { createBackup, defaultBackupName } from '../features/backup/backup.service.ts';
import { createLocalDiskStore } from '../platform/files/local-disk-store.ts';

/**
 * npm run backup [-- --out <dir>] — an online backup of the configured database and the stored files
 * into a new directory (default ./backups/jishi-<UTC time>), safe while the server runs. Exit code 0
 * when written, 1 when refused or failed. The master key is not in the backup.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = loadConfig();
const dir = resolve(values.out ?? join('backups', defaultBackupName()));
const { db, engine } = openDatabase<DB>(config.databaseUrl);
const started = Date.now();
try {
  const manifest = await createBackup({ engine, files: createLocalDiskStore(join(config.dataDir, 'files')) }, dir);
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    [
      `backup written to ${dir} in ${Date.now() - started} ms`,
      `  database: ${engine.label}, schema ${manifest.schemaVersion ?? '(not migrated)'}, ${manifest.tables.length} tables, ${rows} rows (${manifest.database.madeBy})`,
      `  stored files: ${manifest.files.length}`,
      '  The master key (JISHI_DATA_KEY, or DATA_DIR/keys in demo mode) is NOT in the backup: keep it safe',
      '  separately; without it the encrypted fields of a restored database cannot be read.',
    ].join('\n'),
  );
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
