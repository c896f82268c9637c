import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { verifyChain } from '../features/audit/audit.service.ts';

/**
 * npm run audit:verify — recomputes the audit hash chain of the configured database and names the
 * first record that was altered, deleted or reordered. Exit code 0 when intact, 2 when not.
 */
const { db } = openDatabase<DB>(loadConfig().databaseUrl);
const started = Date.now();
const state = await verifyChain(db);
await db.destroy();
const ms = Date.now() - started;
if (state.problem === null) {
  console.log(`audit chain intact: ${state.checked} records verified in ${ms} ms; head ${state.lastHash}`);
} else {
  console.error(
    `audit chain BROKEN at record #${state.firstBadSeq}: ${state.problem} (${state.checked} records verified before it)`,
  );
  process.exit(2);
}
