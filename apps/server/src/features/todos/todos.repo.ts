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

/** Whom an item is addressed to, as the tallies key it: a person, or a post (unit + permission). */
export const addresseeOf = (r: Pick<TodoRow, 'assignee_id' | 'unit_id' | 'permission'>): string =>
  r.assignee_id !== null ? `u:${r.assignee_id}` : `p:${r.unit_id}:${r.permission}`;

/** Adds `delta` open items of a kind to addressees' tallies (the sync's bookkeeping, in its transaction). */
export async function bumpTallies(db: Conn, deltas: Map<string, number>): Promise<void> {
  for (const [key, n] of deltas) {
    if (n === 0) continue;
    const [addressee, kind] = key.split('\u0000') as [string, string];
    await db
      .insertInto('todo_tallies')
      .values({ addressee, kind, n })
      .onConflict((oc) =>
        oc.columns(['addressee', 'kind']).doUpdateSet((eb) => ({ n: eb('todo_tallies.n', '+', eb.ref('excluded.n')) })),
      )
      .execute();
  }
}

/** The open items of a subdistrict (of these kinds) whose stage has moved past what the reminders last told. */
export async function movedOn(db: Conn, subdistrictId: string, kinds: readonly string[], now: string) {
  return db
    .selectFrom('todo_items')
    .selectAll()
    .where('subdistrict_id', '=', subdistrictId)
    .where('kind', 'in', kinds as string[])
    .where((eb) => {
      const red = eb.or([eb('red_at', '<=', now), eb('due_at', '<=', now)]);
      return eb.or([
        eb('reminded', 'is', null),
        eb.and([eb('reminded', '=', 'open'), eb.or([red, eb('yellow_at', '<=', now)])]),
        eb.and([eb('reminded', '=', 'yellow'), red]),
      ]);
    })
    .execute();
}

/** Records the stage each item was last told at. */
export async function markReminded(db: Conn, items: readonly { id: string; stage: string }[]): Promise<void> {
  for (const stage of ['open', 'yellow', 'red']) {
    const ids = items.filter((i) => i.stage === stage).map((i) => i.id);
    for (let i = 0; i < ids.length; i += 500)
      await db
        .updateTable('todo_items')
        .set({ reminded: stage })
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
  }
}

/** The subdistricts that have open items (the reminders job's keys). */
export async function subdistrictsWithItems(db: Conn): Promise<string[]> {
  return (await db.selectFrom('todo_items').select('subdistrict_id').distinct().execute()).map((r) => r.subdistrict_id);
}
