import type { MigrationContext } from '../migration-kit.ts';
import { withId, withTimestamps } from '../migration-kit.ts';

/**
 * Frozen. Party members and volunteers: education (courses, plans, learning records), 三会一课 and
 * organisational life with closed periods, trainings, in-service members reporting to their
 * community, volunteer teams/activities/sign-ups/hours/certificates/points, good deeds, pairing.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  // Education platform
  await withTimestamps(withId(db.schema.createTable('courses')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('file_key', 'text')
    .addColumn('file_type', 'text')
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('quiz', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('courses_unit').on('courses').column('unit_id').execute();
  await withId(db.schema.createTable('study_plans'))
    .addColumn('branch_id', 'text', (c) => c.notNull().references('party_orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('course_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('study_plans_branch_year').on('study_plans').columns(['branch_id', 'year']).execute();
  await db.schema
    .createTable('member_accounts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().unique().references('party_members.id'))
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await withTimestamps(withId(db.schema.createTable('learning_records')))
    .addColumn('course_id', 'text', (c) => c.notNull().references('courses.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('party_members.id'))
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('quiz_score', 'integer')
    .execute();
  await db.schema
    .createIndex('learning_records_once')
    .on('learning_records')
    .columns(['course_id', 'member_id'])
    .unique()
    .execute();
  await db.schema.createIndex('learning_records_member').on('learning_records').column('member_id').execute();

  // Files uploaded for this module (meeting and contact photos, study materials): who uploaded what, so a
  // record can only name files its author uploaded; the bytes live in the platform's file store.
  await db.schema
    .createTable('party_life_files')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // 三会一课 and organisational life
  await withId(db.schema.createTable('org_life_meetings'))
    .addColumn('branch_id', 'text', (c) => c.notNull().references('party_orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('due', 'integer', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('minutes_text', 'text', (c) => c.notNull())
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('org_life_meetings_branch')
    .on('org_life_meetings')
    .columns(['branch_id', 'held_on'])
    .execute();
  await db.schema
    .createTable('org_life_closed_months')
    .addColumn('branch_id', 'text', (c) => c.notNull().references('party_orgs.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('org_life_closed_months_pk', ['branch_id', 'month'])
    .execute();

  // Trainings and study visits
  await withId(db.schema.createTable('trainings'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trainings_unit_date').on('trainings').columns(['unit_id', 'held_on']).execute();
  await withId(db.schema.createTable('training_participants'))
    .addColumn('training_id', 'text', (c) => c.notNull().references('trainings.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_participants_training')
    .on('training_participants')
    .column('training_id')
    .execute();

  // In-service members (在职党员到社区报到) and joint-building units (双报到)
  await withId(db.schema.createTable('service_posts'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_posts_community').on('service_posts').column('community_id').execute();
  await withTimestamps(withId(db.schema.createTable('in_service_members')))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('user_id', 'text', (c) => c.unique().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('phone_bidx', 'text')
    .addColumn('phone_mask', 'text')
    .addColumn('work_unit', 'text', (c) => c.notNull())
    .addColumn('work_party_org', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) => c.notNull().references('service_posts.id'))
    .addColumn('grid_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('in_service_members_community')
    .on('in_service_members')
    .columns(['community_id', 'registered_on'])
    .execute();
  await withId(db.schema.createTable('in_service_records'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('in_service_members.id'))
    .addColumn('served_on', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('in_service_records_member').on('in_service_records').column('member_id').execute();
  await withId(db.schema.createTable('in_service_evaluations'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('in_service_members.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('evaluated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('in_service_evaluations_once')
    .on('in_service_evaluations')
    .columns(['member_id', 'year'])
    .unique()
    .execute();
  await withId(db.schema.createTable('joint_units'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('party_org', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('commitments', 'text', (c) => c.notNull())
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('joint_units_community').on('joint_units').column('community_id').execute();

  // Volunteering
  await withId(db.schema.createTable('volunteer_teams'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('leader_name', 'text', (c) => c.notNull())
    .addColumn('founded_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('volunteer_teams_community').on('volunteer_teams').column('community_id').execute();
  await withId(db.schema.createTable('volunteers'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('team_id', 'text', (c) => c.references('volunteer_teams.id'))
    .addColumn('user_id', 'text', (c) => c.unique().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('volunteers_community').on('volunteers').columns(['community_id', 'team_id']).execute();
  await withId(db.schema.createTable('volunteer_activities'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('volunteer_teams.id'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    // Places taken: the conditional update `signed_up < capacity` is what keeps sign-ups within capacity.
    .addColumn('signed_up', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('volunteer_activities_team_date')
    .on('volunteer_activities')
    .columns(['team_id', 'held_on'])
    .execute();
  await db.schema
    .createIndex('volunteer_activities_community_date')
    .on('volunteer_activities')
    .columns(['community_id', 'held_on'])
    .execute();
  await withTimestamps(withId(db.schema.createTable('activity_signups')))
    .addColumn('activity_id', 'text', (c) => c.notNull().references('volunteer_activities.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', 'text')
    .addColumn('checked_out_at', 'text')
    .addColumn('service_minutes', 'integer')
    .addColumn('recorded_by', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'text')
    .execute();
  await db.schema
    .createIndex('activity_signups_once')
    .on('activity_signups')
    .columns(['activity_id', 'volunteer_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('activity_signups_volunteer')
    .on('activity_signups')
    .columns(['volunteer_id', 'status'])
    .execute();
  await withId(db.schema.createTable('volunteer_certificates'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('masked_name', 'text', (c) => c.notNull())
    .addColumn('service_minutes', 'integer', (c) => c.notNull())
    .addColumn('star_level', 'integer', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('volunteer_certificates_volunteer')
    .on('volunteer_certificates')
    .column('volunteer_id')
    .execute();
  await withId(db.schema.createTable('volunteer_points'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteers.id'))
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('awarded_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('volunteer_points_volunteer').on('volunteer_points').column('volunteer_id').execute();

  // Good deeds (好事实事)
  await withId(db.schema.createTable('good_deeds'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('doer_kind', 'text', (c) => c.notNull())
    .addColumn('doer_name', 'text', (c) => c.notNull())
    .addColumn('beneficiary', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'text')
    .addColumn('confirmed_by_name', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('good_deeds_community_date')
    .on('good_deeds')
    .columns(['community_id', 'done_on'])
    .execute();

  // "3+2+1" pairing (结对帮扶)
  await db.schema
    .createTable('pairing_rules')
    .addColumn('helper_role', 'text', (c) => c.primaryKey())
    .addColumn('min_targets', 'integer', (c) => c.notNull())
    .addColumn('contact_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db.schema.createTable('pairings'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('helper_key', 'text', (c) => c.notNull())
    .addColumn('helper_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('helper_name', 'text', (c) => c.notNull())
    .addColumn('helper_role', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_resident_id', 'text', (c) => c.references('residents.id'))
    .addColumn('target_name', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pairings_community').on('pairings').column('community_id').execute();
  await db.schema.createIndex('pairings_helper').on('pairings').column('helper_key').execute();
  await db.schema.createIndex('pairings_target').on('pairings').column('target_resident_id').execute();
  await withId(db.schema.createTable('pairing_contacts'))
    .addColumn('pairing_id', 'text', (c) => c.notNull().references('pairings.id'))
    .addColumn('contacted_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pairing_contacts_pairing')
    .on('pairing_contacts')
    .columns(['pairing_id', 'contacted_on'])
    .execute();
}
