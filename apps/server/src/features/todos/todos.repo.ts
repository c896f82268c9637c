import type { ExpressionBuilder } from 'kysely';
import type { Conn, DB } from '../../db/schema.ts';
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

/** Who reads: the person, and the posts they fill (their scope units × the permissions they hold). */
export interface Reader {
  userId: string;
  unitIds: readonly string[];
  permissions: readonly string[];
}

const addressees = (r: Reader): string[] => [
  `u:${r.userId}`,
  ...r.unitIds.flatMap((u) => r.permissions.map((p) => `p:${u}:${p}`)),
];

/** The items of one addressee (`u:<user>` or `p:<unit>:<permission>`), as a where clause. */
const addressedTo = (addressee: string) => (eb: ExpressionBuilder<DB, 'todo_items'>) => {
  const [tag, id = '', ...permission] = addressee.split(':');
  return tag === 'u'
    ? eb('assignee_id', '=', id)
    : eb.and([eb('unit_id', '=', id), eb('permission', '=', permission.join(':'))]);
};

/** The reader's tallies with open items: addressee, kind, count. */
export async function talliesFor(db: Conn, reader: Reader) {
  const rows = await db
    .selectFrom('todo_tallies')
    .select(['addressee', 'kind', 'n'])
    .where('addressee', 'in', addressees(reader))
    .where('n', '>', 0)
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/**
 * Items already urgent (red or due instant passed) per kind: for each addressee with open items, a range of its
 * (addressee, kind, urgent_at) index for the kinds it holds.
 */
export async function urgentFor(db: Conn, tallies: readonly { addressee: string; kind: string }[], now: string) {
  const kindsOf = new Map<string, string[]>();
  for (const t of tallies) kindsOf.set(t.addressee, [...(kindsOf.get(t.addressee) ?? []), t.kind]);
  const out = new Map<string, number>();
  for (const [addressee, kinds] of kindsOf) {
    const rows = await db
      .selectFrom('todo_items')
      .select((eb) => ['kind', eb.fn.countAll<number | string>().as('n')])
      .where(addressedTo(addressee))
      .where('kind', 'in', kinds)
      .where('urgent_at', '<=', now)
      .groupBy('kind')
      .execute();
    for (const r of rows) out.set(r.kind, (out.get(r.kind) ?? 0) + Number(r.n));
  }
  return out;
}

/** One addressee's items in list order, read along its index: those with a deadline first, then the others. */
async function firstOf(db: Conn, addressee: string, f: { kind?: string; limit: number }): Promise<TodoRow[]> {
  const of = () => {
    const q = db.selectFrom('todo_items').selectAll().where(addressedTo(addressee));
    return f.kind ? q.where('kind', '=', f.kind) : q;
  };
  const dated = await of()
    .where('urgent_at', 'is not', null)
    .orderBy('urgent_at')
    .orderBy('created_at')
    .orderBy('id')
    .limit(f.limit)
    .execute();
  if (dated.length === f.limit) return dated;
  const undated = await of()
    .where('urgent_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(f.limit - dated.length)
    .execute();
  return [...dated, ...undated];
}

const listOrder = (a: TodoRow, b: TodoRow): number =>
  (a.urgent_at ?? '\uffff').localeCompare(b.urgent_at ?? '\uffff') ||
  a.created_at.localeCompare(b.created_at) ||
  a.id.localeCompare(b.id);

/**
 * One page of the reader's items, earliest deadline first (items without one last, oldest first): each addressee
 * with open items (from the tallies) is read along its index up to the page's end, and the lists are merged.
 */
export async function pageFor(
  db: Conn,
  active: readonly string[],
  f: { kind?: string; limit: number; offset: number },
): Promise<TodoRow[]> {
  const lists = [];
  for (const a of active) lists.push(await firstOf(db, a, { kind: f.kind, limit: f.offset + f.limit }));
  return lists
    .flat()
    .sort(listOrder)
    .slice(f.offset, f.offset + f.limit);
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
