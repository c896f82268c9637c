import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { COUNTERS } from '../features/indicators/catalogue.ts';
import { compareCounter, rebuildCounters } from '../features/indicators/rollups.service.ts';

/**
 * npm run indicators:rebuild — recounts every roll-up counter from its detail rows in one transaction
 * (after a bulk load, a restore or a manual data fix), then checks stored == recount. `--check` only compares.
 * Exit code 0 when the roll-ups equal the recount, 2 when not.
 */
const checkOnly = process.argv.includes('--check');
const { db } = openDatabase<DB>(loadConfig().databaseUrl);
const started = Date.now();
if (!checkOnly) {
  const result = await db.transaction().execute((trx) => rebuildCounters(trx, COUNTERS));
  for (const r of result) console.log(`rebuilt ${r.counter}: ${r.cells} cells`);
}
let bad = 0;
for (const def of COUNTERS) {
  const diffs = await compareCounter(db, def);
  bad += diffs.length;
  console.log(
    `${def.code}: ${diffs.length === 0 ? 'equal to the raw recount' : `${diffs.length} cells differ, e.g. ${JSON.stringify(diffs.slice(0, 3))}`}`,
  );
}
await db.destroy();
console.log(`done in ${Date.now() - started} ms`);
if (bad > 0) process.exit(2);
