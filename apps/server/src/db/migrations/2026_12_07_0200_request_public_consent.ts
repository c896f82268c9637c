import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. A service request is private unless its resident agreed to publish it (decision 0028):
 * `public_consent` (the request may appear in the public Open311 feed, reduced and masked) and
 * `public_photos` (its photos too). Both 0 for every existing row: nobody agreed before the question was asked.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('service_requests')
    .addColumn('public_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('service_requests')
    .addColumn('public_photos', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('service_requests_public_created')
    .on('service_requests')
    .columns(['public_consent', 'created_at'])
    .execute();
}
