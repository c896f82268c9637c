import type { MigrationContext } from '../migration-kit.ts';
import { withId, withTimestamps } from '../migration-kit.ts';

/** Frozen. Grid governance: posts, settings, daily screening reports and their roll-up, dispute cases with parties, events, sessions and photos. */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('grid_settings')
    .addColumn('subdistrict_id', 'text', (c) => c.primaryKey().references('org_units.id'))
    .addColumn('cutoff', 'text', (c) => c.notNull())
    .addColumn('time_limits', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('grid_posts'))
    .addColumn('grid_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grid_posts_once')
    .on('grid_posts')
    .columns(['grid_id', 'user_id', 'post'])
    .unique()
    .execute();
  await db.schema.createIndex('grid_posts_user').on('grid_posts').column('user_id').execute();

  await withTimestamps(withId(db.schema.createTable('daily_reports')))
    .addColumn('grid_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('reporter_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('report_date', 'text', (c) => c.notNull())
    .addColumn('zero', 'integer', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('corrected_at', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .execute();
  // One report per grid, person and day: a second submission can never land.
  await db.schema
    .createIndex('daily_reports_once')
    .on('daily_reports')
    .columns(['grid_id', 'reporter_id', 'report_date'])
    .unique()
    .execute();
  await db.schema.createIndex('daily_reports_date').on('daily_reports').columns(['report_date', 'grid_id']).execute();

  await withId(db.schema.createTable('daily_report_items'))
    .addColumn('report_id', 'text', (c) => c.notNull().references('daily_reports.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('category', 'text')
    .addColumn('risk', 'text')
    .addColumn('case_id', 'text')
    .execute();
  await db.schema
    .createIndex('daily_report_items_report')
    .on('daily_report_items')
    .columns(['report_id', 'seq'])
    .execute();

  await db.schema
    .createTable('grid_report_rollups')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('report_date', 'text', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('zero_reports', 'integer', (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('grid_report_rollups_pk', ['unit_id', 'report_date'])
    .execute();

  await withTimestamps(withId(db.schema.createTable('dispute_cases')))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('grid_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('report_item_id', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('risk', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('stage_started_at', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('resolved_level', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('lat_e6', 'integer')
    .addColumn('lng_e6', 'integer')
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dispute_cases_grid').on('dispute_cases').columns(['grid_id', 'registered_at']).execute();
  await db.schema.createIndex('dispute_cases_status').on('dispute_cases').columns(['status', 'level']).execute();

  await withId(db.schema.createTable('dispute_parties'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('dispute_cases.id'))
    .addColumn('resident_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .execute();
  await db.schema.createIndex('dispute_parties_case').on('dispute_parties').column('case_id').execute();

  await withId(db.schema.createTable('dispute_events'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('dispute_cases.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dispute_events_case').on('dispute_events').columns(['case_id', 'at']).execute();

  await withId(db.schema.createTable('mediation_sessions'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('dispute_cases.id'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('mediators', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mediation_sessions_case').on('mediation_sessions').column('case_id').execute();

  await withId(db.schema.createTable('dispute_photos'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('dispute_cases.id'))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dispute_photos_case').on('dispute_photos').column('case_id').execute();
}
