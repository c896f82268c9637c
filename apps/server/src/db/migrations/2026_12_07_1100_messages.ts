import type { MigrationContext } from '../migration-kit.ts';
import { withId } from '../migration-kit.ts';

/**
 * Frozen. Messages and channels (features/messages): `messages` the in-app messages, one per user, kind and event
 * (unique); `message_preferences` each user's SMS kinds, quiet hours and sealed SMS number; `robots` the units'
 * group robots with sealed webhooks and secrets; `outbound_messages` the outbox of every robot post and SMS, one per
 * channel, target, kind and event (unique), claimed for delivery under a lease.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await withId(db.schema.createTable('messages'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_zh', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addUniqueConstraint('messages_once', ['user_id', 'kind', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('messages_user_created').on('messages').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('messages_user_unread').on('messages').columns(['user_id', 'read_at']).execute();

  await db.schema
    .createTable('message_preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('sms_kinds', 'text', (c) => c.notNull())
    .addColumn('quiet_start', 'text', (c) => c.notNull())
    .addColumn('quiet_end', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('phone_mask', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('robots'))
    .addColumn('subdistrict_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('webhook_url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text')
    .addColumn('kinds', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('robots_unit').on('robots').columns(['unit_id', 'enabled']).execute();
  await db.schema.createIndex('robots_path').on('robots').column('unit_path').execute();

  await withId(db.schema.createTable('outbound_messages'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('provider_id', 'text')
    .addColumn('delivery_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('outbound_messages_once', ['channel', 'target_id', 'kind', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('outbound_messages_due')
    .on('outbound_messages')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('outbound_messages_sent')
    .on('outbound_messages')
    .columns(['target_id', 'sent_at'])
    .execute();
  await db.schema.createIndex('outbound_messages_created').on('outbound_messages').column('created_at').execute();
}
