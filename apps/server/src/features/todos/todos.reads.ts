import type { ExpressionBuilder } from 'kysely';
import type { DB, Db } from '../../db/schema.ts';
import { preparedByShape } from '../../db/prepared.ts';
import type { TodoRow } from './todos.repo.ts';

/**
 * The reader's side of the to-do centre — tallies, urgent counts, a page — each compiled once per shape (how many
 * addressees, persons or posts, a kind filter) and re-run with new values: they run on every badge poll.
 */

/** Who reads: the person, and the posts they fill (their scope units × the permissions they hold). */
export interface Reader {
  userId: string;
  unitIds: readonly string[];
  permissions: readonly string[];
}

export const addresseesOf = (r: Reader): string[] => [
  `u:${r.userId}`,
  ...r.unitIds.flatMap((u) => r.permissions.map((p) => `p:${u}:${p}`)),
];

/** An addressee's parameters: `<prefix>_id` (user or unit) and, for a post, `<prefix>_perm`. */
function addresseeValues(prefix: string, addressee: string): Record<string, string> {
  const [, id = '', ...permission] = addressee.split(':');
  return { [`${prefix}_id`]: id, [`${prefix}_perm`]: permission.join(':') };
}

/** The where clause of one addressee, by its tag ('u' person, 'p' post), with parameters named by `prefix`. */
const addressedTo =
  (tag: string, prefix: string, param: (name: string) => string) => (eb: ExpressionBuilder<DB, 'todo_items'>) =>
    tag === 'u'
      ? eb('assignee_id', '=', param(`${prefix}_id`))
      : eb.and([eb('unit_id', '=', param(`${prefix}_id`)), eb('permission', '=', param(`${prefix}_perm`))]);

const tallies = preparedByShape(
  (db: Db, n: number, param) =>
    db
      .selectFrom('todo_tallies')
      .select(['addressee', 'kind', 'n'])
      .where(
        'addressee',
        'in',
        Array.from({ length: n }, (_, i) => param(`a${i}`)),
      )
      .where('n', '>', 0),
  (n) => String(n),
);

/** The reader's tallies with open items: addressee, kind, count. */
export async function talliesFor(db: Db, reader: Reader) {
  const all = addresseesOf(reader);
  const rows = await tallies(db, all.length, Object.fromEntries(all.map((a, i) => [`a${i}`, a])));
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Per (addressee, kind) pair: the count of its items already urgent, a range of its (…, kind, urgent_at) index. */
const urgent = preparedByShape(
  (db: Db, tags: string[], param) => {
    const part = (tag: string, i: number) =>
      db
        .selectFrom('todo_items')
        .select((eb) => ['kind', eb.fn.countAll<number | string>().as('n')])
        .where(addressedTo(tag, `p${i}`, param))
        .where('kind', '=', param(`p${i}_kind`))
        .where('urgent_at', '<=', param('now'))
        .groupBy('kind');
    const [first, ...rest] = tags.map(part);
    return rest.reduce((all, p) => all.unionAll(p), first as NonNullable<typeof first>);
  },
  (tags) => tags.join(''),
);

/** Items already urgent (red or due instant passed) per kind, over the reader's tallies with open items. */
export async function urgentFor(
  db: Db,
  held: readonly { addressee: string; kind: string }[],
  now: string,
): Promise<Map<string, number>> {
  if (held.length === 0) return new Map();
  const values: Record<string, unknown> = { now };
  for (const [i, t] of held.entries())
    Object.assign(values, addresseeValues(`p${i}`, t.addressee), { [`p${i}_kind`]: t.kind });
  const rows = await urgent(
    db,
    held.map((t) => t.addressee.slice(0, 1)),
    values,
  );
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.kind, (out.get(r.kind) ?? 0) + Number(r.n));
  return out;
}

type KeysShape = { tags: string[]; kind: boolean; dated: boolean };

/** The first `limit` sort keys of each addressee (dated: earliest deadline first; else oldest first). */
const firstKeys = preparedByShape(
  (db: Db, shape: KeysShape, param) => {
    const part = (tag: string, i: number) => {
      let q = db
        .selectFrom('todo_items')
        .select(['id', 'urgent_at', 'created_at'])
        .where(addressedTo(tag, `a${i}`, param));
      if (shape.kind) q = q.where('kind', '=', param('kind'));
      q = shape.dated
        ? q.where('urgent_at', 'is not', null).orderBy('urgent_at').orderBy('created_at').orderBy('id')
        : q.where('urgent_at', 'is', null).orderBy('created_at').orderBy('id');
      return db.selectFrom(q.limit(param('limit') as unknown as number).as('p')).selectAll();
    };
    const [first, ...rest] = shape.tags.map(part);
    return rest.reduce((all, p) => all.unionAll(p), first as NonNullable<typeof first>);
  },
  (s) => `${s.tags.join('')}:${s.kind}:${s.dated}`,
);

const rowsById = preparedByShape(
  (db: Db, n: number, param) =>
    db
      .selectFrom('todo_items')
      .selectAll()
      .where(
        'id',
        'in',
        Array.from({ length: n }, (_, i) => param(`i${i}`)),
      ),
  (n) => String(n),
);

type SortKey = Pick<TodoRow, 'id' | 'urgent_at' | 'created_at'>;
const listOrder = (a: SortKey, b: SortKey): number =>
  (a.urgent_at ?? '\uffff').localeCompare(b.urgent_at ?? '\uffff') ||
  a.created_at.localeCompare(b.created_at) ||
  a.id.localeCompare(b.id);

/**
 * One page of the reader's items, earliest deadline first (items without one last, oldest first): the sort keys of
 * each addressee with open items (from the tallies) are read along its index up to the page's end and merged, then
 * the page's rows are read.
 */
export async function pageFor(
  db: Db,
  active: readonly string[],
  f: { kind?: string; limit: number; offset: number },
): Promise<TodoRow[]> {
  if (active.length === 0) return [];
  const end = f.offset + f.limit;
  const values: Record<string, unknown> = { kind: f.kind ?? null, limit: end };
  for (const [i, a] of active.entries()) Object.assign(values, addresseeValues(`a${i}`, a));
  const shape = (dated: boolean): KeysShape => ({ tags: active.map((a) => a.slice(0, 1)), kind: !!f.kind, dated });
  const keys = await firstKeys(db, shape(true), values);
  if (keys.length < end) keys.push(...(await firstKeys(db, shape(false), values)));
  const page = keys.sort(listOrder).slice(f.offset, end);
  if (page.length === 0) return [];
  const rows = await rowsById(db, page.length, Object.fromEntries(page.map((k, i) => [`i${i}`, k.id])));
  return rows.sort(listOrder);
}
