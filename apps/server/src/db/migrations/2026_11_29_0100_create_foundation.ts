import { sql } from 'kysely';
import type { MigrationContext } from '../migration-kit.ts';
import { runSql, withId, withTimestamps } from '../migration-kit.ts';

/** Frozen. Territory, people, Party organisations, users, sessions and the audit chain. */
export async function up({ db, engine }: MigrationContext): Promise<void> {
  await withTimestamps(withId(db.schema.createTable('org_units')))
    .addColumn('parent_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('grid_kind', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('merged_into_id', 'text', (c) => c.references('org_units.id'))
    .execute();
  await db.schema.createIndex('org_units_path').on('org_units').column('path').execute();
  await db.schema.createIndex('org_units_parent').on('org_units').column('parent_id').execute();

  await withId(db.schema.createTable('org_unit_links'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('parent_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .execute();
  await db.schema.createIndex('org_unit_links_unit').on('org_unit_links').columns(['unit_id', 'valid_from']).execute();
  await db.schema.createIndex('org_unit_links_parent').on('org_unit_links').column('parent_id').execute();

  await withTimestamps(withId(db.schema.createTable('buildings')))
    .addColumn('grid_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('buildings_grid').on('buildings').column('grid_id').execute();

  await withTimestamps(withId(db.schema.createTable('households')))
    .addColumn('grid_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('building_id', 'text', (c) => c.references('buildings.id'))
    .addColumn('address', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('households_grid').on('households').column('grid_id').execute();

  await withTimestamps(withId(db.schema.createTable('residents')))
    .addColumn('grid_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('id_no_enc', 'text')
    .addColumn('id_no_bidx', 'text')
    .addColumn('id_no_mask', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_bidx', 'text')
    .addColumn('phone_mask', 'text')
    .addColumn('is_needy', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_elderly', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('residents_grid').on('residents').column('grid_id').execute();
  await db.schema.createIndex('residents_name').on('residents').column('name').execute();
  // One registered person per ID number (moved-out records keep theirs for history).
  await db.schema
    .createIndex('residents_id_no_bidx')
    .on('residents')
    .column('id_no_bidx')
    .unique()
    .where(sql.ref('removed_at'), 'is', null)
    .where(sql.ref('id_no_bidx'), 'is not', null)
    .execute();
  await db.schema.createIndex('residents_phone_bidx').on('residents').column('phone_bidx').execute();

  // Bigram index for Chinese name/address search (2-character names defeat trigram indexes).
  await db.schema
    .createTable('resident_grams')
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addPrimaryKeyConstraint('resident_grams_pk', ['gram', 'resident_id'])
    .execute();
  await db.schema.createIndex('resident_grams_resident').on('resident_grams').column('resident_id').execute();

  await withTimestamps(withId(db.schema.createTable('party_orgs')))
    .addColumn('parent_id', 'text', (c) => c.references('party_orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('territory_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('party_orgs_territory').on('party_orgs').column('territory_id').execute();

  await withTimestamps(withId(db.schema.createTable('party_members')))
    .addColumn('resident_id', 'text', (c) => c.references('residents.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('branch_id', 'text', (c) => c.notNull().references('party_orgs.id'))
    .addColumn('member_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('join_date', 'text', (c) => c.notNull())
    .addColumn('work_unit', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('party_members_branch').on('party_members').column('branch_id').execute();

  await withTimestamps(withId(db.schema.createTable('workers')))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('is_first_secretary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workers_unit').on('workers').column('unit_id').execute();

  await withTimestamps(withId(db.schema.createTable('users')))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('scope_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('totp_secret_enc', 'text')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('totp_last_step', 'integer')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await withId(db.schema.createTable('login_attempts'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_key_at').on('login_attempts').columns(['key', 'at']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('org_path', 'text')
    .addColumn('changes', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_subject').on('audit_log').column('subject_id').execute();
  await runSql(db, engine.appendOnlySql('audit_log'));

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_head')
    .values({ id: 1, seq: 0, hash: '0'.repeat(64) })
    .execute();
}
