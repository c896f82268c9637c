import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. One row per throttled key (`login-ip:…`, `login-account:…`, allowance keys): the instants that count
 * against its limit, as a JSON array, and when the row stops mattering (then it may be deleted). The row is
 * read and rewritten under its own lock (an upsert), so a burst of concurrent requests is counted one by one.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('throttle_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('instants', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('throttle_counters_expires_at').on('throttle_counters').column('expires_at').execute();
}
