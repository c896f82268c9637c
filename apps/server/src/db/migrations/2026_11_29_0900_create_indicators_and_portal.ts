import type { MigrationContext } from '../migration-kit.ts';
import { withId } from '../migration-kit.ts';

/**
 * Frozen. Indicator roll-ups (counters per indicator counter, unit and day, maintained on write),
 * grid boundaries (optional GeoJSON), residents' portal sign-in by phone (sealed) and one-time codes (hashed).
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('indicator_rollups')
    .addColumn('counter', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_rollups_pk', ['counter', 'unit_id', 'day'])
    .execute();
  await db.schema
    .createIndex('indicator_rollups_counter_day')
    .on('indicator_rollups')
    .columns(['counter', 'day'])
    .execute();

  await db.schema.alterTable('org_units').addColumn('boundary', 'text').execute();

  await db.schema
    .createTable('portal_phones')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('phone_enc', 'text', (c) => c.notNull())
    .addColumn('phone_bidx', 'text', (c) => c.notNull().unique())
    .addColumn('phone_mask', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('portal_codes'))
    .addColumn('phone_bidx', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('portal_codes_phone').on('portal_codes').columns(['phone_bidx', 'created_at']).execute();
}
