import type { MigrationContext } from '../migration-kit.ts';
import { withId } from '../migration-kit.ts';

/**
 * Frozen. The to-do centre (features/todos): `todo_items` holds the open items of work every module derives from its
 * records, one per (kind, subject); an item that is done is deleted in the transaction that finishes the work.
 * Read by addressee (person, or unit + permission) and counted by kind.
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
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('todo_items_once', ['kind', 'subject_id'])
    .execute();
  await db.schema.createIndex('todo_items_assignee').on('todo_items').columns(['assignee_id', 'kind']).execute();
  await db.schema.createIndex('todo_items_unit').on('todo_items').columns(['unit_id', 'kind']).execute();
  await db.schema.createIndex('todo_items_subdistrict').on('todo_items').columns(['subdistrict_id', 'kind']).execute();
}
