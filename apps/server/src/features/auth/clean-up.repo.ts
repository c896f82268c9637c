import { sql } from 'kysely';
import type { Db } from '../../db/schema.ts';

/** Deletes of rows that no longer matter (run by the clean-up jobs, clean-up.jobs.ts). Each returns how many went. */

const count = (r: { numDeletedRows: bigint }[]) => r.reduce((n, x) => n + Number(x.numDeletedRows), 0);

/** Sessions idle since `idleBefore` or opened before `openedBefore` (sign-in refuses them already). */
export async function deleteExpiredSessions(db: Db, idleBefore: string, openedBefore: string): Promise<number> {
  return count(
    await db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', openedBefore)]))
      .execute(),
  );
}

/** Throttle counters past their `expires_at` (no window counts them any more). */
export async function deleteExpiredCounters(db: Db, before: string): Promise<number> {
  return count(await db.deleteFrom('throttle_counters').where('expires_at', '<', before).execute());
}

const BATCH = 5000;

/** Rows of an id-keyed table older than `before`, in batches (a backlog never holds the writer long). */
async function deleteInBatches(db: Db, table: 'portal_codes', column: 'expires_at', before: string): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = (
      await db.selectFrom(table).select('id').where(sql.ref<string>(column), '<', before).limit(BATCH).execute()
    ).map((r) => r.id);
    if (ids.length === 0) return total;
    total += count(await db.deleteFrom(table).where('id', 'in', ids).execute());
    if (ids.length < BATCH) return total;
  }
}

/** Portal one-time codes that expired before `before` (used or not). */
export const deleteExpiredPortalCodes = (db: Db, before: string): Promise<number> =>
  deleteInBatches(db, 'portal_codes', 'expires_at', before);
