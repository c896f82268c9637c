import { prng } from '../src/seed/people-generator.ts';
import type { Deps } from '../src/deps.ts';
import { SERVER_MODULES } from '../src/modules.ts';
import type { TodoKind } from '../src/features/todos/todos.types.ts';

/** Every to-do kind of every module (the registry). */
export const ALL_TODO_KINDS: TodoKind[] = SERVER_MODULES.flatMap((m) => m.todos ?? []);

/** One item as the recount compares it: what it is about, for whom, and when it is due. */
const line = (x: {
  kind: string;
  subject: string;
  unit: string;
  assignee: string | null;
  permission: string | null;
  due: string | null;
}) => `${x.kind} ${x.subject} → ${x.assignee ?? `${x.unit}/${x.permission}`} due ${x.due ?? '-'}`;

/**
 * The open items of the table and the items every kind derives from the records as of `now` (the recount), each as
 * sorted lines, for `expect(stored).toEqual(recounted)`. `kinds` and `subdistrictId` limit the comparison.
 */
export async function storedAndRecounted(
  deps: Deps,
  now: string,
  { kinds = ALL_TODO_KINDS, subdistrictId }: { kinds?: readonly TodoKind[]; subdistrictId?: string } = {},
) {
  const codes = kinds.map((k) => k.kind);
  let q = deps.db.selectFrom('todo_items').selectAll().where('kind', 'in', codes);
  if (subdistrictId) q = q.where('subdistrict_id', '=', subdistrictId);
  const rows = await q.execute();
  const stored = rows
    .map((r) =>
      line({
        kind: r.kind,
        subject: r.subject_id,
        unit: r.unit_id,
        assignee: r.assignee_id,
        permission: r.permission,
        due: r.due_at,
      }),
    )
    .sort();
  const recounted: string[] = [];
  for (const k of kinds)
    for (const d of await k.derive(deps.db, subdistrictId ? { subdistrictId } : {}, now))
      recounted.push(
        line({
          kind: k.kind,
          subject: d.subjectId,
          unit: d.unitId,
          assignee: d.assigneeId,
          permission: d.assigneeId === null ? d.permission : null,
          due: d.dueAt,
        }),
      );
  return { stored, recounted: recounted.sort() };
}

/** The tallies (the badges' counts) as stored, and as counted from the open items: `addressee kind n` lines. */
export async function talliesAndItems(deps: Deps) {
  const tallies = (await deps.db.selectFrom('todo_tallies').selectAll().where('n', '!=', 0).execute())
    .map((t) => `${t.addressee} ${t.kind} ${t.n}`)
    .sort();
  const counted = new Map<string, number>();
  for (const r of await deps.db
    .selectFrom('todo_items')
    .select(['assignee_id', 'unit_id', 'permission', 'kind'])
    .execute()) {
    const key = `${r.assignee_id !== null ? `u:${r.assignee_id}` : `p:${r.unit_id}:${r.permission}`} ${r.kind}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  return { tallies, counted: [...counted].map(([k, n]) => `${k} ${n}`).sort() };
}

/** A seeded source of whole numbers below `n` for the random workflows (the demo's generator, so runs repeat). */
export function randomBelow(seed: number): (n: number) => number {
  const next = prng(seed);
  return (n) => Math.floor(next() * n);
}
