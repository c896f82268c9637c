import type { TodoCountsView, TodoListQuery, TodoListView, TodoUrgency } from '@jishi/shared';
import type { Conn, Db } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { idsOnPath } from '../../platform/org-scope.ts';
import type { TodoDraft, TodoKind, TodoScope } from './todos.types.ts';
import * as repo from './todos.repo.ts';
import * as reads from './todos.reads.ts';

/**
 * The to-do centre (待办). Modules own their kinds (`<id>.todos.ts`); this holds the one table of open items, the
 * sync that keeps it equal to what the kinds derive, and the reads (list and counts) of the signed-in user's items.
 */

const same = (a: repo.TodoRow, b: Omit<repo.TodoRow, 'id' | 'created_at' | 'updated_at' | 'reminded'>): boolean =>
  (Object.keys(b) as (keyof typeof b)[]).every((k) => a[k] === b[k]);

function rowOf(kind: string, d: TodoDraft): Omit<repo.TodoRow, 'id' | 'created_at' | 'updated_at' | 'reminded'> {
  return {
    kind,
    subject_id: d.subjectId,
    subdistrict_id: d.subdistrictId,
    unit_id: d.unitId,
    unit_path: d.unitPath,
    assignee_id: d.assigneeId,
    permission: d.assigneeId === null ? d.permission : null,
    ref: d.ref,
    params: JSON.stringify(d.params ?? {}),
    link: d.link,
    due_at: d.dueAt,
    yellow_at: d.yellowAt ?? null,
    red_at: d.redAt ?? null,
    urgent_at: [d.redAt ?? null, d.dueAt].filter((x): x is string => x !== null).sort()[0] ?? null,
  };
}

const tallyKey = (r: Parameters<typeof repo.addresseeOf>[0], kind: string) => `${repo.addresseeOf(r)}\u0000${kind}`;
const bump = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);

/**
 * What the reminders have told of an item that changed: nothing yet for a new addressee; only its opening when its
 * deadlines moved (its yellow and red are told again); the same otherwise.
 */
function remindedAfter(had: repo.TodoRow, row: Omit<repo.TodoRow, 'id' | 'created_at' | 'updated_at' | 'reminded'>) {
  if (repo.addresseeOf(had) !== repo.addresseeOf(row)) return null;
  const moved = had.due_at !== row.due_at || had.yellow_at !== row.yellow_at || had.red_at !== row.red_at;
  return moved && had.reminded !== null ? 'open' : had.reminded;
}

/**
 * Makes the open items of `kind` within `scope` equal to what the kind derives from the records now: new items are
 * added, finished ones deleted, changed ones updated (keeping when they were first opened). Call it inside the
 * transaction that changes the records, with the subjects it touched.
 */
export async function syncTodos(
  trx: Conn,
  kind: TodoKind,
  scope: TodoScope,
  now: string,
): Promise<{ opened: number; closed: number }> {
  if (scope.subjectIds?.length === 0) return { opened: 0, closed: 0 };
  const wanted = new Set(scope.subjectIds ?? []);
  const drafts = (await kind.derive(trx, scope, now)).filter((d) => !scope.subjectIds || wanted.has(d.subjectId));
  const existing = new Map((await repo.itemsIn(trx, kind.kind, scope)).map((r) => [r.subject_id, r]));
  const inserts: repo.TodoRow[] = [];
  const tallies = new Map<string, number>();
  for (const d of drafts) {
    const row = rowOf(kind.kind, d);
    const had = existing.get(d.subjectId);
    existing.delete(d.subjectId);
    if (!had) {
      inserts.push({ id: newId(), ...row, reminded: null, created_at: now, updated_at: now });
      bump(tallies, tallyKey(row, kind.kind), 1);
    } else if (!same(had, row)) {
      await repo.updateItem(trx, had.id, { ...row, reminded: remindedAfter(had, row), updated_at: now });
      bump(tallies, tallyKey(had, kind.kind), -1);
      bump(tallies, tallyKey(row, kind.kind), 1);
    }
  }
  await repo.insertItems(trx, inserts);
  const gone = [...existing.values()].map((r) => r.id);
  for (const r of existing.values()) bump(tallies, tallyKey(r, kind.kind), -1);
  await repo.deleteItems(trx, gone);
  await repo.bumpTallies(trx, tallies);
  return { opened: inserts.length, closed: gone.length };
}

/** Syncs several kinds of one module for the subjects a write touched. */
export async function syncTodoKinds(trx: Conn, kinds: readonly TodoKind[], subjectIds: readonly string[], now: string) {
  if (subjectIds.length === 0) return;
  for (const k of kinds) await syncTodos(trx, k, { subjectIds }, now);
}

/** Re-derives every open item of the kinds over the whole deployment (after the demo seed's bulk loads). */
export async function resyncTodos(db: Db, kinds: readonly TodoKind[], now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const k of kinds) await syncTodos(trx, k, {}, now);
  });
}

export function urgencyOf(r: Pick<repo.TodoRow, 'due_at' | 'yellow_at' | 'red_at'>, now: string): TodoUrgency {
  if (r.red_at !== null && r.red_at <= now) return 'red';
  if (r.due_at !== null && r.due_at <= now) return 'overdue';
  if (r.yellow_at !== null && r.yellow_at <= now) return 'yellow';
  return 'normal';
}

/** The posts an actor fills: their scope units, with every permission they hold. */
export function readerOf(actor: Actor): reads.Reader {
  return {
    userId: actor.userId,
    unitIds: actor.scope.paths.map((p) => idsOnPath(p).at(-1) ?? '').filter(Boolean),
    permissions: [...actor.permissions],
  };
}

const moduleOf = (kind: string): string => kind.split('.')[0] ?? kind;

/** Open and urgent items per kind for the reader, and the addressees (person, posts) that hold any. */
async function tally(deps: Deps, reader: reads.Reader, now: string) {
  const tallies = await reads.talliesFor(deps.db, reader);
  const urgent = await reads.urgentFor(deps.db, tallies, now);
  const open = new Map<string, number>();
  for (const t of tallies) open.set(t.kind, (open.get(t.kind) ?? 0) + t.n);
  const kinds = [...open].map(([kind, count]) => ({ kind, count, urgent: urgent.get(kind) ?? 0 }));
  return { kinds, active: [...new Set(tallies.map((t) => t.addressee))] };
}

export async function todoCounts(deps: Deps, actor: Actor): Promise<TodoCountsView> {
  const { kinds } = await tally(deps, readerOf(actor), nowIsoOf(deps.clock));
  const byKind: Record<string, number> = {};
  let total = 0;
  let urgent = 0;
  for (const k of kinds) {
    byKind[k.kind] = k.count;
    total += k.count;
    urgent += k.urgent;
  }
  return { total, urgent, byKind };
}

export async function listTodos(deps: Deps, actor: Actor, query: TodoListQuery): Promise<TodoListView> {
  const now = nowIsoOf(deps.clock);
  const { kinds, active } = await tally(deps, readerOf(actor), now);
  const rows = await reads.pageFor(deps.db, active, {
    kind: query.kind,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const groups = kinds
    .map((c) => ({ ...c, module: moduleOf(c.kind) }))
    .sort((a, b) => b.urgent - a.urgent || b.count - a.count || a.kind.localeCompare(b.kind));
  const total = query.kind
    ? (groups.find((g) => g.kind === query.kind)?.count ?? 0)
    : groups.reduce((s, g) => s + g.count, 0);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      module: moduleOf(r.kind),
      ref: r.ref,
      params: JSON.parse(r.params) as Record<string, string | number>,
      link: r.link,
      dueAt: r.due_at,
      urgency: urgencyOf(r, now),
      mine: r.assignee_id === actor.userId,
      createdAt: r.created_at,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    groups,
  };
}
