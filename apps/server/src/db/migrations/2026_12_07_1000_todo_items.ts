import type { MigrationContext } from '../migration-kit.ts';
import { withId } from '../migration-kit.ts';

/**
 * Frozen. The to-do centre (features/todos): `todo_items` holds the open items of work every module derives from its
 * records, one per (kind, subject); an item that is done is deleted in the transaction that finishes the work.
 * Read by addressee (person, or unit + permission), earliest deadline first (`urgent_at`: the red or due instant,
 * whichever comes first), through covering indexes; `todo_tallies` keeps the open items per addressee and kind, so a
 * badge is a few rows however many items there are.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await withId(db.schema.createTable('todo_items'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subdistrict_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('permission', 'text')
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('yellow_at', 'text')
    .addColumn('red_at', 'text')
    .addColumn('urgent_at', 'text')
    .addColumn('reminded', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('todo_items_once', ['kind', 'subject_id'])
    .execute();
  // the list's order along each addressee's items, and the urgent count per kind (ranges of urgent_at)
  const indexes: [string, string[]][] = [
    ['todo_items_personal', ['assignee_id', 'urgent_at', 'created_at', 'id']],
    ['todo_items_personal_kind', ['assignee_id', 'kind', 'urgent_at']],
    ['todo_items_post', ['unit_id', 'permission', 'urgent_at', 'created_at', 'id']],
    ['todo_items_post_kind', ['unit_id', 'permission', 'kind', 'urgent_at']],
  ];
  for (const [name, columns] of indexes) await db.schema.createIndex(name).on('todo_items').columns(columns).execute();
  await db.schema.createIndex('todo_items_subdistrict').on('todo_items').columns(['subdistrict_id', 'kind']).execute();
  await db.schema
    .createTable('todo_tallies')
    .addColumn('addressee', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('todo_tallies_pk', ['addressee', 'kind'])
    .execute();
}
