import { mkdirSync } from 'node:fs';
import type { Config } from './config.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Deps } from './deps.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { DB } from './db/schema.ts';
import { deriveAuditKeys } from './platform/audit-chain-crypto.ts';
import { createFieldCipher } from './platform/crypto.ts';
import type { FileStore } from './platform/files/file-store.ts';
import { loadMasterKey } from './platform/keys.ts';
import { assertDataKeyMatches } from './features/setup/canary.service.ts';

export interface CheckedDatabase {
  deps: Deps;
  /** Migrations applied by this start. */
  applied: string[];
}

/**
 * Opens the configured database the safe way round (decision 0033):
 * 1. the data key — a malformed key stops here, before any database file is created or migrated;
 * 2. the engine's integrity check — a damaged file is not migrated; the process starts degraded
 *    (readiness fails, every other request answers 503) so the operator can see why;
 * 3. migrations;
 * 4. the data-key canary — a key that does not open it stops the process with a clear message.
 */
export async function openCheckedDatabase(
  config: Config,
  files: FileStore,
  clock: Clock = systemClock,
): Promise<CheckedDatabase> {
  const masterKey = loadMasterKey(config);
  const cipher = createFieldCipher(masterKey);
  const auditKeys = deriveAuditKeys(masterKey);
  mkdirSync(config.dataDir, { recursive: true });
  let opened: ReturnType<typeof openDatabase<DB>>;
  try {
    opened = openDatabase<DB>(config.databaseUrl);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The database cannot be opened (${reason}); restore it from a backup.`);
  }
  const { db, engine } = opened;
  const integrity = await engine.checkIntegrity();
  const deps: Deps = { db, engine, config, cipher, auditKeys, files, clock, startChecks: { integrity } };
  if (!integrity.ok) return { deps, applied: [] };
  try {
    const applied = await migrateToLatest(db, engine, auditKeys);
    await assertDataKeyMatches(db, cipher);
    return { deps, applied };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
