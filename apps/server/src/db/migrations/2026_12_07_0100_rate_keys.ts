import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. One row per allowance key (see rate-limit.service.ts): the row a reservation locks, so that
 * counting a key's events and adding one is a single step across concurrent requests and app nodes.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('rate_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .execute();
}
