import type { MigrationContext } from '../migration-kit.ts';
import { withId, withTimestamps } from '../migration-kit.ts';

/** Frozen. Integrity and supervision: power list (versions, steps, roll-out), exercises, alerts, complaints. */
export async function up({ db }: MigrationContext): Promise<void> {
  await withTimestamps(withId(db.schema.createTable('power_items')))
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('policy_basis', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('time_limit_days', 'integer', (c) => c.notNull())
    .addColumn('disclosure_what', 'text')
    .addColumn('disclosure_where', 'text')
    .addColumn('disclosure_days', 'integer')
    .addColumn('supervision_body', 'text', (c) => c.notNull())
    .addColumn('risk_points', 'text', (c) => c.notNull())
    .addColumn('accountability', 'text', (c) => c.notNull())
    .addColumn('incompatible', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('power_items_version')
    .on('power_items')
    .columns(['owner_unit_id', 'code', 'version'])
    .unique()
    .execute();

  await withId(db.schema.createTable('power_item_steps'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('power_items.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('actor_post', 'text', (c) => c.notNull())
    .addColumn('output_doc', 'text', (c) => c.notNull())
    .addColumn('time_limit_days', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('power_item_steps_seq')
    .on('power_item_steps')
    .columns(['item_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('power_rollout')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('enabled_at', 'text', (c) => c.notNull())
    .addColumn('enabled_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('power_rollout_pk', ['unit_id', 'item_code'])
    .execute();

  await withTimestamps(withId(db.schema.createTable('power_exercises')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('power_items.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('disclosed_at', 'text')
    .addColumn('disclosure_where', 'text')
    .addColumn('disclosure_notice_id', 'text')
    .execute();
  await db.schema
    .createIndex('power_exercises_unit_opened')
    .on('power_exercises')
    .columns(['unit_id', 'opened_at', 'id'])
    .execute();
  await db.schema.createIndex('power_exercises_item').on('power_exercises').column('item_id').execute();

  await withId(db.schema.createTable('power_exercise_steps'))
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('power_exercises.id'))
    .addColumn('step_seq', 'integer', (c) => c.notNull())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // A step is recorded once per exercise: two concurrent records of one step cannot both land.
  await db.schema
    .createIndex('power_exercise_steps_seq')
    .on('power_exercise_steps')
    .columns(['exercise_id', 'step_seq'])
    .unique()
    .execute();

  await withId(db.schema.createTable('supervision_alerts'))
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('power_exercises.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('step_seq', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('finding', 'text')
    .addColumn('finding_note', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Idempotent detection: one alert per deviation, however often it is detected.
  await db.schema
    .createIndex('supervision_alerts_once')
    .on('supervision_alerts')
    .columns(['exercise_id', 'kind', 'step_seq'])
    .unique()
    .execute();
  await db.schema
    .createIndex('supervision_alerts_unit_status')
    .on('supervision_alerts')
    .columns(['unit_id', 'status', 'raised_at'])
    .execute();

  await withId(db.schema.createTable('supervision_alert_notes'))
    .addColumn('alert_id', 'text', (c) => c.notNull().references('supervision_alerts.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_alert_notes_alert')
    .on('supervision_alert_notes')
    .column('alert_id')
    .execute();

  await withTimestamps(withId(db.schema.createTable('complaints')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('target_text', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('name_enc', 'text')
    .addColumn('contact_enc', 'text')
    .addColumn('tracking_hash', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaints_unit_created').on('complaints').columns(['unit_id', 'created_at']).execute();

  await withId(db.schema.createTable('complaint_notes'))
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_notes_complaint').on('complaint_notes').column('complaint_id').execute();
}
