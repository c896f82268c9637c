import type { Conn } from '../../db/schema.ts';
import type { MessagePreferenceTable, MessageTable } from './messages.table.ts';

/** SQL over `messages` (in-app) and `message_preferences`. Every read is of one user's own rows. */

/** Inserts messages; one already made for the same user, kind and event is left as it is. */
export async function insertMessages(db: Conn, rows: MessageTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('messages')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['user_id', 'kind', 'dedupe_key']).doNothing())
      .execute();
  }
}

const own = (db: Conn, userId: string, unreadOnly: boolean) => {
  let q = db.selectFrom('messages').where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q;
};

export async function listOwn(db: Conn, userId: string, unreadOnly: boolean, limit: number, offset: number) {
  return own(db, userId, unreadOnly)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countOwn(db: Conn, userId: string, unreadOnly: boolean): Promise<number> {
  const r = await own(db, userId, unreadOnly)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks one of the user's messages read (kept as first read); false when the user has no such message. */
export async function markRead(db: Conn, userId: string, id: string, at: string): Promise<boolean> {
  const found = await db
    .selectFrom('messages')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!found) return false;
  if (found.read_at === null) await db.updateTable('messages').set({ read_at: at }).where('id', '=', id).execute();
  return true;
}

export async function markAllRead(db: Conn, userId: string, at: string): Promise<number> {
  const r = await db
    .updateTable('messages')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export const preferencesOf = (db: Conn, userId: string) =>
  db.selectFrom('message_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst();

/** The preferences of those users who chose SMS for something and gave a number. */
export async function smsRecipients(db: Conn, userIds: readonly string[]): Promise<MessagePreferenceTable[]> {
  if (userIds.length === 0) return [];
  const out: MessagePreferenceTable[] = [];
  for (let i = 0; i < userIds.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('message_preferences')
        .selectAll()
        .where('user_id', 'in', userIds.slice(i, i + 500))
        .where('phone_enc', 'is not', null)
        .where('sms_kinds', '!=', '[]')
        .execute()),
    );
  }
  return out;
}

export async function savePreferences(db: Conn, row: MessagePreferenceTable): Promise<void> {
  const { user_id: _id, ...change } = row;
  await db
    .insertInto('message_preferences')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(change))
    .execute();
}

export async function preferencesOfUsers(db: Conn, userIds: readonly string[]): Promise<MessagePreferenceTable[]> {
  const unique = [...new Set(userIds)];
  const out: MessagePreferenceTable[] = [];
  for (let i = 0; i < unique.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('message_preferences')
        .selectAll()
        .where('user_id', 'in', unique.slice(i, i + 500))
        .execute()),
    );
  return out;
}

/** Ids of read messages made before `before` (the daily clean-up), at most `limit`. */
export async function oldReadMessageIds(db: Conn, before: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .select('id')
    .where('read_at', 'is not', null)
    .where('created_at', '<', before)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteMessages(db: Conn, ids: readonly string[]): Promise<number> {
  const r = await db
    .deleteFrom('messages')
    .where('id', 'in', ids as string[])
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
