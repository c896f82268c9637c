import type { Conn } from '../../db/schema.ts';
import type { PortalCodeTable, PortalPhoneTable } from './portal-login.table.ts';

/** The portal sign-in's reads and writes of the portal's phone links and one-time codes. */

export const findPhoneOwner = (db: Conn, phoneBidx: string) =>
  db.selectFrom('portal_phones').select('user_id').where('phone_bidx', '=', phoneBidx).executeTakeFirst();

export const insertCode = (db: Conn, row: PortalCodeTable) => db.insertInto('portal_codes').values(row).execute();

/** The phone's latest code that is neither used nor expired at `now`. */
export const findLatestOpenCode = (db: Conn, phoneBidx: string, now: string) =>
  db
    .selectFrom('portal_codes')
    .selectAll()
    .where('phone_bidx', '=', phoneBidx)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();

/** Counts one guess on an unused code (a conditional increment): false once `maxFailures` guesses were counted. */
export async function countGuess(db: Conn, codeId: string, maxFailures: number): Promise<boolean> {
  const counted = await db
    .updateTable('portal_codes')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .where('failures', '<', maxFailures)
    .executeTakeFirst();
  return Number(counted.numUpdatedRows) === 1;
}

/** Burns a code whose guesses are used up (no-op while it has guesses left). */
export const burnSpentCode = (db: Conn, codeId: string, maxFailures: number, at: string) =>
  db
    .updateTable('portal_codes')
    .set({ used_at: at })
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .where('failures', '>=', maxFailures)
    .execute();

/** Marks an unused code used: true when this call used it (atomic, so a code signs in once). */
export async function spendCode(db: Conn, codeId: string, at: string): Promise<boolean> {
  const used = await db
    .updateTable('portal_codes')
    .set({ used_at: at })
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

/** Links the phone to its account in place of the account's earlier one (one phone per account). */
export async function replacePhone(db: Conn, row: PortalPhoneTable): Promise<void> {
  await db.deleteFrom('portal_phones').where('user_id', '=', row.user_id).execute();
  await db.insertInto('portal_phones').values(row).execute();
}
