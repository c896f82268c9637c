import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';

/**
 * The data-key canary: a known text sealed with the data key when the database is set up. Opening it
 * proves the configured key is the one this database's sealed fields were written with; a wrong key
 * would otherwise show only later, as personal data that cannot be read.
 */
const CANARY_KEY = 'data_key_canary';
const CANARY_FIELD = 'instance.data_key_canary';
const CANARY_TEXT = 'jishi data key canary v1';

export type CanaryState = 'absent' | 'opens' | 'mismatch';

export const DATA_KEY_MISMATCH =
  'The data key does not match this database: JISHI_DATA_KEY is not the key this database was set up with. ' +
  'Refusing to start; configure the original key (or restore the database that belongs to this key).';

/**
 * Seals the canary with its audit record (the first set-up's opening record, or a new demo database's).
 * The key is the row's primary key: a second seal fails (DUPLICATE), which stops a second set-up.
 */
export async function sealCanary(
  deps: Deps,
  actor: Actor,
  audit: { action: string; changes?: Record<string, unknown> },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('instance_settings')
      .values({
        key: CANARY_KEY,
        value: deps.cipher.encrypt(CANARY_FIELD, CANARY_TEXT),
        created_at: nowIsoOf(deps.clock),
      })
      .execute();
    await recordAudit(trx, deps, auditWho(actor), {
      action: audit.action,
      subjectType: 'instance',
      subjectId: CANARY_KEY,
      orgPath: '/',
      changes: audit.changes,
    });
  });
}

export async function canaryState(db: Conn, cipher: FieldCipher): Promise<CanaryState> {
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', CANARY_KEY).executeTakeFirst();
  if (!row) return 'absent';
  try {
    return cipher.decrypt(CANARY_FIELD, row.value) === CANARY_TEXT ? 'opens' : 'mismatch';
  } catch {
    return 'mismatch';
  }
}

/** At start: a sealed canary that does not open stops the process before it serves anything. */
export async function assertDataKeyMatches(db: Conn, cipher: FieldCipher): Promise<void> {
  if ((await canaryState(db, cipher)) === 'mismatch') throw new Error(DATA_KEY_MISMATCH);
}
