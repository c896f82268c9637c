import type { MigrationContext } from '../migration-kit.ts';
import { withId } from '../migration-kit.ts';

/**
 * Frozen. Accounts: a one-time password must be changed at first sign-in; a re-enrolled TOTP secret waits
 * (pending) until confirmed with a code; single-use recovery codes (hashed); proposals for changes to
 * administrator accounts that take effect only when a different administrator approves them.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('totp_pending_enc', 'text').execute();

  await withId(db.schema.createTable('recovery_codes'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('recovery_codes_user_hash')
    .on('recovery_codes')
    .columns(['user_id', 'code_hash'])
    .unique()
    .execute();

  await withId(db.schema.createTable('account_proposals'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('target_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('org_path', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('account_proposals_status_path')
    .on('account_proposals')
    .columns(['status', 'org_path'])
    .execute();
}
