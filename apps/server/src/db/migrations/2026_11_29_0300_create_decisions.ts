import type { MigrationContext } from '../migration-kit.ts';
import { withId, withTimestamps } from '../migration-kit.ts';

/** Frozen. Deliberation hall and decision system: templates, matters, stage records, notices, subdistrict meetings. */
export async function up({ db }: MigrationContext): Promise<void> {
  await withTimestamps(withId(db.schema.createTable('decision_templates')))
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('applies_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_templates_version')
    .on('decision_templates')
    .columns(['owner_unit_id', 'code', 'version'])
    .unique()
    .execute();

  await withId(db.schema.createTable('decision_template_stages'))
    .addColumn('template_id', 'text', (c) => c.notNull().references('decision_templates.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('quorum_num', 'integer')
    .addColumn('quorum_den', 'integer')
    .addColumn('quorum_op', 'text')
    .addColumn('pass_num', 'integer')
    .addColumn('pass_den', 'integer')
    .addColumn('pass_op', 'text')
    .addColumn('pass_base', 'text')
    .addColumn('notice_days', 'integer')
    .addColumn('mergeable', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('decision_template_stages_seq')
    .on('decision_template_stages')
    .columns(['template_id', 'seq'])
    .unique()
    .execute();

  await withTimestamps(withId(db.schema.createTable('decision_matters')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('template_id', 'text', (c) => c.notNull().references('decision_templates.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_note', 'text')
    .addColumn('party_org_id', 'text', (c) => c.references('party_orgs.id'))
    .addColumn('one_shoulder', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('solved_on', 'text')
    .addColumn('impl_owner', 'text')
    .addColumn('impl_due_on', 'text')
    .addColumn('withdrawn_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  // Lists are newest first: per hall through (unit_id, opened_on, id), across halls through (opened_on, id).
  await db.schema
    .createIndex('decision_matters_unit_opened')
    .on('decision_matters')
    .columns(['unit_id', 'opened_on', 'id'])
    .execute();
  await db.schema.createIndex('decision_matters_opened').on('decision_matters').columns(['opened_on', 'id']).execute();
  await db.schema
    .createIndex('decision_matters_unit_solved')
    .on('decision_matters')
    .columns(['unit_id', 'solved_on'])
    .execute();
  await db.schema.createIndex('decision_matters_template').on('decision_matters').column('template_id').execute();

  await withId(db.schema.createTable('decision_records'))
    .addColumn('matter_id', 'text', (c) => c.notNull().references('decision_matters.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('attempt_no', 'integer', (c) => c.notNull())
    .addColumn('stage_seq', 'integer', (c) => c.notNull())
    .addColumn('through_seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('place', 'text')
    .addColumn('form', 'text')
    .addColumn('due', 'integer')
    .addColumn('present', 'integer')
    .addColumn('votes_for', 'integer')
    .addColumn('votes_against', 'integer')
    .addColumn('votes_abstain', 'integer')
    .addColumn('minutes', 'text')
    .addColumn('supervision_opinion', 'text')
    .addColumn('notice_from', 'text')
    .addColumn('notice_until', 'text')
    .addColumn('notice_content', 'text')
    .addColumn('quorum_met', 'integer')
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One attempt number per matter: two concurrent records of the same stage cannot both land.
  await db.schema
    .createIndex('decision_records_attempt')
    .on('decision_records')
    .columns(['matter_id', 'attempt_no'])
    .unique()
    .execute();
  await db.schema
    .createIndex('decision_records_board')
    .on('decision_records')
    .columns(['unit_id', 'kind', 'notice_from'])
    .execute();
  await db.schema
    .createIndex('decision_records_calendar')
    .on('decision_records')
    .columns(['unit_id', 'held_on'])
    .execute();

  await withId(db.schema.createTable('decision_attendees'))
    .addColumn('record_id', 'text', (c) => c.notNull().references('decision_records.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.references('residents.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('decision_attendees_record').on('decision_attendees').column('record_id').execute();

  await withTimestamps(withId(db.schema.createTable('decision_proposals')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('proposer_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('matter_id', 'text', (c) => c.references('decision_matters.id'))
    .addColumn('decline_reason', 'text')
    .execute();
  await db.schema
    .createIndex('decision_proposals_unit')
    .on('decision_proposals')
    .columns(['unit_id', 'created_at'])
    .execute();
  await db.schema.createIndex('decision_proposals_matter').on('decision_proposals').column('matter_id').execute();

  await db.schema
    .createTable('decision_supports')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('decision_proposals.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_supports_pk', ['proposal_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('decision_ratings')
    .addColumn('matter_id', 'text', (c) => c.notNull().references('decision_matters.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_ratings_pk', ['matter_id', 'user_id'])
    .execute();

  await withId(db.schema.createTable('decision_progress'))
    .addColumn('matter_id', 'text', (c) => c.notNull().references('decision_matters.id'))
    .addColumn('noted_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('decision_progress_matter').on('decision_progress').column('matter_id').execute();

  await withId(db.schema.createTable('decision_periods'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_periods_month')
    .on('decision_periods')
    .columns(['unit_id', 'month'])
    .unique()
    .execute();

  await withTimestamps(withId(db.schema.createTable('meeting_catalog')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('meeting_catalog_name')
    .on('meeting_catalog')
    .columns(['unit_id', 'kind', 'name'])
    .unique()
    .execute();

  await withTimestamps(withId(db.schema.createTable('meetings')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('type_id', 'text', (c) => c.notNull().references('meeting_catalog.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('host', 'text')
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_unit_held').on('meetings').columns(['unit_id', 'held_on']).execute();

  await withId(db.schema.createTable('meeting_items'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('meeting_items_meeting').on('meeting_items').column('meeting_id').execute();

  await withTimestamps(withId(db.schema.createTable('meeting_decisions')))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('meeting_items.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_decisions_meeting').on('meeting_decisions').column('meeting_id').execute();

  await withId(db.schema.createTable('meeting_follow_ups'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('meeting_decisions.id'))
    .addColumn('noted_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_follow_ups_decision').on('meeting_follow_ups').column('decision_id').execute();

  await withId(db.schema.createTable('meeting_opinions'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('meeting_catalog.id'))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_opinions_meeting').on('meeting_opinions').column('meeting_id').execute();
}
