import type { MigrationContext } from '../migration-kit.ts';
import { withId, withTimestamps } from '../migration-kit.ts';

/**
 * Frozen. Service positions and convenience services: premises, rooms, construction projects, funds,
 * room bookings (with one row per booked half-hour slot: the unique key is what forbids double booking),
 * the service catalogue, service requests (诉求) with events and photos, Party-representative receptions,
 * Open311 client keys, third-party providers with their free-space agreements and accounts, brands and honours.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await withTimestamps(withId(db.schema.createTable('service_premises')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('area_m2', 'integer', (c) => c.notNull())
    .addColumn('obtained', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .addColumn('in_use_from', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_premises_unit').on('service_premises').column('unit_id').execute();

  await withTimestamps(withId(db.schema.createTable('service_rooms')))
    .addColumn('premises_id', 'text', (c) => c.notNull().references('service_premises.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('bookable', 'integer', (c) => c.notNull())
    .addColumn('needs_approval', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_rooms_premises').on('service_rooms').column('premises_id').execute();

  await withTimestamps(withId(db.schema.createTable('fund_allocations')))
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('recipient_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .addColumn('allocated_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fund_allocations_recipient_year')
    .on('fund_allocations')
    .columns(['recipient_unit_id', 'year'])
    .execute();

  await withId(db.schema.createTable('fund_budget_approvals'))
    .addColumn('allocation_id', 'text', (c) => c.notNull().references('fund_allocations.id'))
    .addColumn('extra_fen', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fund_budget_approvals_allocation')
    .on('fund_budget_approvals')
    .column('allocation_id')
    .execute();

  await withId(db.schema.createTable('fund_expenditures'))
    .addColumn('allocation_id', 'text', (c) => c.notNull().references('fund_allocations.id'))
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .addColumn('spent_on', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addColumn('beyond_allocation', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fund_expenditures_allocation').on('fund_expenditures').column('allocation_id').execute();

  await withTimestamps(withId(db.schema.createTable('construction_projects')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('premises_id', 'text', (c) => c.notNull().references('service_premises.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('adds', 'text', (c) => c.notNull())
    .addColumn('budget_fen', 'integer', (c) => c.notNull())
    .addColumn('fund_source', 'text', (c) => c.notNull())
    .addColumn('allocation_id', 'text', (c) => c.references('fund_allocations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('priority_project', 'integer', (c) => c.notNull())
    .addColumn('priority_funds', 'integer', (c) => c.notNull())
    .addColumn('priority_equipment', 'integer', (c) => c.notNull())
    .addColumn('planned_area_m2', 'integer', (c) => c.notNull())
    .addColumn('area_added_m2', 'integer', (c) => c.notNull())
    .addColumn('equipment', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('construction_projects_unit')
    .on('construction_projects')
    .columns(['unit_id', 'completed_on'])
    .execute();

  await withTimestamps(withId(db.schema.createTable('providers')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('contact_enc', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('providers_unit').on('providers').column('unit_id').execute();

  await withId(db.schema.createTable('provider_agreements'))
    .addColumn('provider_id', 'text', (c) => c.notNull().references('providers.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('service_rooms.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('provider_agreements_provider').on('provider_agreements').column('provider_id').execute();

  // A provider account (role `provider`) acts for exactly one provider.
  await db.schema
    .createTable('provider_accounts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('provider_id', 'text', (c) => c.notNull().references('providers.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withTimestamps(withId(db.schema.createTable('room_bookings')))
    .addColumn('room_id', 'text', (c) => c.notNull().references('service_rooms.id'))
    .addColumn('booker_id', 'text', (c) => c.notNull())
    .addColumn('booker_kind', 'text', (c) => c.notNull())
    .addColumn('booker_name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('attendees', 'integer', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decision_note', 'text')
    .execute();
  await db.schema
    .createIndex('room_bookings_room_start')
    .on('room_bookings')
    .columns(['room_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('room_bookings_booker').on('room_bookings').column('booker_id').execute();

  // One row per half-hour slot a live booking holds: the primary key makes a second claim fail on both engines.
  await db.schema
    .createTable('room_booking_slots')
    .addColumn('room_id', 'text', (c) => c.notNull().references('service_rooms.id'))
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('booking_id', 'text', (c) => c.notNull().references('room_bookings.id'))
    .addPrimaryKeyConstraint('room_booking_slots_pk', ['room_id', 'slot_start'])
    .execute();
  await db.schema.createIndex('room_booking_slots_booking').on('room_booking_slots').column('booking_id').execute();

  await withTimestamps(withId(db.schema.createTable('service_catalog')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('programme', 'text')
    .addColumn('provided_by', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.references('providers.id'))
    .addColumn('provider_name', 'text', (c) => c.notNull())
    .addColumn('price_kind', 'text', (c) => c.notNull())
    .addColumn('price_fen', 'integer', (c) => c.notNull())
    .addColumn('time_limit_hours', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_catalog_unit').on('service_catalog').column('unit_id').execute();

  await withTimestamps(withId(db.schema.createTable('service_requests')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('service_catalog.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lat', 'text')
    .addColumn('lon', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('open311_client_id', 'text')
    .addColumn('contact_name_enc', 'text')
    .addColumn('contact_phone_enc', 'text')
    .addColumn('assignee_kind', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('assignee_name', 'text')
    .addColumn('provider_id', 'text', (c) => c.references('providers.id'))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer')
    .addColumn('rating_comment', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('done_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('reception_issue_id', 'text')
    .execute();
  await db.schema
    .createIndex('service_requests_unit_created')
    .on('service_requests')
    .columns(['unit_id', 'created_at'])
    .execute();
  await db.schema.createIndex('service_requests_submitter').on('service_requests').column('submitted_by').execute();
  await db.schema.createIndex('service_requests_provider').on('service_requests').column('provider_id').execute();

  await withId(db.schema.createTable('service_request_events'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('service_requests.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_request_events_request')
    .on('service_request_events')
    .column('request_id')
    .execute();

  await withId(db.schema.createTable('service_request_photos'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('service_requests.id'))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_request_photos_request')
    .on('service_request_photos')
    .column('request_id')
    .execute();

  await withTimestamps(withId(db.schema.createTable('rep_receptions')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('representatives', 'text', (c) => c.notNull())
    .addColumn('visitors', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rep_receptions_unit').on('rep_receptions').columns(['unit_id', 'held_on']).execute();

  await withId(db.schema.createTable('rep_reception_issues'))
    .addColumn('reception_id', 'text', (c) => c.notNull().references('rep_receptions.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .execute();
  await db.schema
    .createIndex('rep_reception_issues_seq')
    .on('rep_reception_issues')
    .columns(['reception_id', 'seq'])
    .unique()
    .execute();

  await withId(db.schema.createTable('open311_clients'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await withTimestamps(withId(db.schema.createTable('community_brands')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('story', 'text', (c) => c.notNull())
    .addColumn('activities', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_brands_unit_name')
    .on('community_brands')
    .columns(['unit_id', 'name'])
    .unique()
    .execute();

  await withId(db.schema.createTable('community_brand_photos'))
    .addColumn('brand_id', 'text', (c) => c.notNull().references('community_brands.id'))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_brand_photos_brand').on('community_brand_photos').column('brand_id').execute();

  await withId(db.schema.createTable('community_honours'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('conferred_by', 'text', (c) => c.notNull())
    .addColumn('conferred_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_honours_unit').on('community_honours').column('unit_id').execute();
}
