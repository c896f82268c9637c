import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { deriveAuditKeys } from '../platform/audit-chain-crypto.ts';
import { loadMasterKey } from '../platform/keys.ts';
import type { AuditCliDeps, CliIo } from './audit-commands.ts';

const consoleIo: CliIo = {
  out: (text) => console.log(text.replace(/\n$/, '')),
  err: (text) => console.error(text),
};

/** Runs one audit command over the configured database and master key; errors become a message and exit 1. */
export async function runAuditCli(
  command: (deps: AuditCliDeps, argv: string[], io: CliIo) => Promise<number>,
): Promise<void> {
  let deps: AuditCliDeps;
  try {
    const config = loadConfig();
    const auditKeys = deriveAuditKeys(loadMasterKey(config));
    deps = { ...openDatabase<DB>(config.databaseUrl), auditKeys };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  try {
    process.exitCode = await command(deps, process.argv.slice(2), consoleIo);
  } finally {
    await deps.db.destroy();
  }
}
