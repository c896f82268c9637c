import type { Db } from './db/schema.ts';
import type { Engine, IntegrityResult } from './db/dialect.ts';
import type { FieldCipher } from './platform/crypto.ts';
import type { AuditKeys } from './platform/audit-chain-crypto.ts';
import type { Config } from './config.ts';
import type { Clock } from './platform/clock.ts';
import type { FileStore } from './platform/files/file-store.ts';

/** What a service needs from the outside world; built once in main.ts (or per test file). */
export interface Deps {
  db: Db;
  engine: Engine;
  cipher: FieldCipher;
  /** Keys of the audit chain, derived from the master key (decision 0031). */
  auditKeys: AuditKeys;
  config: Config;
  /** Uploaded files (photos, documents); local disk by default, see platform/files. */
  files: FileStore;
  /** The one source of "now" (platform/clock.ts); business dates from it through platform/local-date.ts. */
  clock: Clock;
  /** What the checks at start found (start-checks.ts); absent where no start check ran (readiness then fails). */
  startChecks?: { integrity: IntegrityResult };
}
