import type { Db } from '../../db/schema.ts';
import { deleteInBatches } from '../../platform/batches.ts';

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

/** Portal one-time codes that expired before `before` (used or not). */
export const deleteExpiredPortalCodes = (db: Db, before: string): Promise<number> =>
  deleteInBatches(
    async (limit) =>
      (await db.selectFrom('portal_codes').select('id').where('expires_at', '<', before).limit(limit).execute()).map(
        (r) => r.id,
      ),
    async (ids) => count(await db.deleteFrom('portal_codes').where('id', 'in', ids).execute()),
  );
