import type { Conn } from '../../db/schema.ts';
import type { PortalPhoneTable } from './portal.table.ts';

/** Links the phone to its account in place of the account's earlier one (one phone per account). */
export async function replacePhone(db: Conn, row: PortalPhoneTable): Promise<void> {
  await db.deleteFrom('portal_phones').where('user_id', '=', row.user_id).execute();
  await db.insertInto('portal_phones').values(row).execute();
}
