import type { MigrationContext } from '../migration-kit.ts';
import { withId } from '../migration-kit.ts';

/** Frozen. Events counted against per-key allowances (public submissions per client address). */
export async function up({ db }: MigrationContext): Promise<void> {
  await withId(db.schema.createTable('rate_events'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_events_key_at').on('rate_events').columns(['key', 'at']).execute();
}
