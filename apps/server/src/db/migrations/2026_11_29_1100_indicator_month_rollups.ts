import { sql } from 'kysely';
import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. Month cells beside the day cells of the indicator roll-ups: a period of whole months reads
 * units × months cells instead of units × days (decision 0023, "month cells"). Filled from the day
 * cells that exist; from now on both are written in the same transaction.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema.createTable('indicator_rollups_month')
    .addColumn('counter', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_rollups_month_pk', ['counter', 'unit_id', 'month'])
    .execute();
  await db.schema.createIndex('indicator_rollups_month_counter_month').on('indicator_rollups_month').columns(['counter', 'month']).execute();
  await sql`INSERT INTO indicator_rollups_month (counter, unit_id, month, value)
    SELECT counter, unit_id, substr(day, 1, 7), sum(value) FROM indicator_rollups GROUP BY counter, unit_id, substr(day, 1, 7)`.execute(db);
}
