import type { Role } from '@jishi/shared';
import type { Conn, DB, Db } from '../../db/schema.ts';
import { prepared } from '../../db/prepared.ts';

export interface SessionWithUser {
  session_id: string;
  csrf_token: string;
  session_created_at: string;
  last_seen_at: string;
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  totp_enabled: number;
  must_change_password: number;
  scope_unit_id: string;
  scope_path: string;
  scope_name: string;
  party_branch_id: string | null;
}
import type { SessionTable, UserTable } from './auth.table.ts';
import { newId } from '../../platform/ids.ts';
import { recoveryCodeHash } from './recovery-codes.ts';

export const findUserByUsername = (db: Conn, username: string) =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

export const findUserById = (db: Conn, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const insertSession = (db: Conn, row: SessionTable) => db.insertInto('sessions').values(row).execute();

/** One query per request: the session, its user and the path of the user's scope unit (compiled once). */
const sessionWithUser = prepared<DB, SessionWithUser, 'sessionId'>((db, param) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('org_units', 'org_units.id', 'users.scope_unit_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.disabled',
      'users.totp_enabled',
      'users.must_change_password',
      'users.scope_unit_id',
      'org_units.path as scope_path',
      'org_units.name as scope_name',
      'users.party_branch_id',
    ])
    .where('sessions.id', '=', param('sessionId')),
);

export async function findSessionWithUser(db: Db, sessionId: string): Promise<SessionWithUser | undefined> {
  return (await sessionWithUser(db, { sessionId }))[0];
}

export const touchSession = (db: Conn, sessionId: string, at: string) =>
  db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', sessionId).execute();

export const deleteSession = (db: Conn, sessionId: string) =>
  db.deleteFrom('sessions').where('id', '=', sessionId).execute();

export const deleteSessionsOfUser = (db: Conn, userId: string) =>
  db.deleteFrom('sessions').where('user_id', '=', userId).execute();

export const updateUser = (db: Conn, id: string, patch: Partial<UserTable>) =>
  db.updateTable('users').set(patch).where('id', '=', id).execute();

/** Replaces an account's recovery codes with these (stored as hashes). */
export async function replaceRecoveryCodes(db: Conn, userId: string, codes: string[], at: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (codes.length === 0) return;
  await db
    .insertInto('recovery_codes')
    .values(
      codes.map((c) => ({
        id: newId(),
        user_id: userId,
        code_hash: recoveryCodeHash(c),
        created_at: at,
        used_at: null,
      })),
    )
    .execute();
}

/** Spends an unused recovery code of the account: true when it existed and was unused (atomic). */
export async function spendRecoveryCode(db: Conn, userId: string, code: string, at: string): Promise<boolean> {
  const res = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', recoveryCodeHash(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const hasUnusedRecoveryCode = async (db: Conn, userId: string, code: string): Promise<boolean> =>
  Boolean(
    await db
      .selectFrom('recovery_codes')
      .select('id')
      .where('user_id', '=', userId)
      .where('code_hash', '=', recoveryCodeHash(code))
      .where('used_at', 'is', null)
      .executeTakeFirst(),
  );
