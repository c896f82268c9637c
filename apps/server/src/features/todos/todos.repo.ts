import { sql } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { TodoItemTable } from './todos.table.ts';
import type { TodoScope } from './todos.types.ts';

export type TodoRow = TodoItemTable;

/** The open items of a kind within a scope (the rows a sync compares with the derived ones). */
export async function itemsIn(db: Conn, kind: string, scope: TodoScope): Promise<TodoRow[]> {
  let q = db.selectFrom('todo_items').selectAll().where('kind', '=', kind);
  if (scope.subjectIds) q = q.where('subject_id', 'in', scope.subjectIds as string[]);
  if (scope.subdistrictId) q = q.where('subdistrict_id', '=', scope.subdistrictId);
  return q.execute();
}

export async function insertItems(db: Conn, rows: TodoRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('todo_items')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function updateItem(db: Conn, id: string, patch: Partial<TodoRow>): Promise<void> {
  await db.updateTable('todo_items').set(patch).where('id', '=', id).execute();
}

export async function deleteItems(db: Conn, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .deleteFrom('todo_items')
      .where('id', 'in', ids.slice(i, i + 500) as string[])
      .execute();
}

/** Who reads: the person, and the posts they fill (their scope units × the permissions they hold). */
export interface Reader {
  userId: string;
  unitIds: readonly string[];
  permissions: readonly string[];
}

function addressedTo(db: Conn, reader: Reader) {
  return db
    .selectFrom('todo_items')
    .where((eb) =>
      eb.or([
        eb('assignee_id', '=', reader.userId),
        eb.and([
          eb('assignee_id', 'is', null),
          eb('unit_id', 'in', reader.unitIds as string[]),
          eb('permission', 'in', reader.permissions as string[]),
        ]),
      ]),
    );
}

/** 0 red, 1 overdue, 2 yellow, 3 normal: the urgency as of `now` (todos.service.ts `urgencyOf` says the same). */
const rank = (now: string) =>
  sql<number>`case when red_at <= ${now} then 0 when due_at <= ${now} then 1 when yellow_at <= ${now} then 2 else 3 end`;

export async function pageFor(
  db: Conn,
  reader: Reader,
  now: string,
  f: { kind?: string; limit: number; offset: number },
): Promise<TodoRow[]> {
  let q = addressedTo(db, reader).selectAll();
  if (f.kind) q = q.where('kind', '=', f.kind);
  return q
    .orderBy(rank(now))
    .orderBy(sql`coalesce(due_at, '9999')`)
    .orderBy('created_at')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countsFor(db: Conn, reader: Reader, now: string) {
  return addressedTo(db, reader)
    .select((eb) => [
      'kind',
      eb.fn.countAll<number | string>().as('count'),
      sql<number | string>`sum(case when red_at <= ${now} or due_at <= ${now} then 1 else 0 end)`.as('urgent'),
    ])
    .groupBy('kind')
    .execute();
}
