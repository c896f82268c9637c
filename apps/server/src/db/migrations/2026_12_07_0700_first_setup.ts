import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. Instance settings (one row per key: the sealed data-key canary written by the first set-up). The flag that
 * makes an account change its one-time password comes with the accounts migration (0300).
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('instance_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
