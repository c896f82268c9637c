import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { verifyChain } from '../features/audit/audit.service.ts';
import { BackupRefused } from '../features/backup/backup.refused.ts';
import { restoreBackup } from '../features/backup/restore.service.ts';
import { deriveAuditKeys } from '../platform/audit-chain-crypto.ts';
import { createLocalDiskStore } from '../platform/files/local-disk-store.ts';
import { loadMasterKey } from '../platform/keys.ts';

/**
 * npm run restore -- <backup dir> [--force] — restores a backup into the configured database and file
 * store (stop the server first). Verifies the backup before touching anything, refuses a non-empty
 * database unless --force, compares every table with the manifest afterwards and verifies the audit
 * chain of the restored copy. Exit code 0 when restored and intact, 1 when refused or failed, 2 when
 * the restored audit chain does not verify.
 */
const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const [source] = positionals;
if (!source || positionals.length > 1) {
  console.error('usage: npm run restore -- <backup directory> [--force]');
  process.exit(1);
}
const config = loadConfig();
const dir = resolve(source);
const started = Date.now();
try {
  const report = await restoreBackup(
    dir,
    { databaseUrl: config.databaseUrl, files: createLocalDiskStore(join(config.dataDir, 'files')) },
    { force: values.force },
  );
  console.log(
    [
      `restored ${dir} (taken ${report.manifest.createdAt}) in ${Date.now() - started} ms`,
      `  ${report.tables} tables, ${report.rows} rows: row counts and checksums equal the manifest`,
      `  stored files: ${report.files}, each checked`,
    ].join('\n'),
  );
} catch (error) {
  const what = error instanceof BackupRefused ? 'restore refused' : 'restore failed';
  console.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { db } = openDatabase<DB>(config.databaseUrl);
const chain = await verifyChain(db, deriveAuditKeys(loadMasterKey(config)));
await db.destroy();
if (chain.problem !== null) {
  console.error(`  audit chain of the restored copy BROKEN at record #${chain.firstBadSeq}: ${chain.problem}`);
  process.exit(2);
}
console.log(`  audit chain intact: ${chain.checked} records verified; head ${chain.lastHash}`);
