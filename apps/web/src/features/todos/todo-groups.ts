import type { TodoGroupView, TodoItemView, TodoUrgency } from '@jishi/shared';

/** One kind of waiting work on the home page: its counts (all open items) and the items loaded of it. */
export interface TodoGroup extends TodoGroupView {
  items: TodoItemView[];
}

const RANK: Record<TodoUrgency, number> = { overdue: 0, red: 1, yellow: 2, normal: 3 };

/** The most urgent of a group's loaded items; without loaded items, red when its counts say some item is urgent. */
const topUrgency = (g: TodoGroup): number =>
  g.items.length === 0
    ? g.urgent > 0
      ? RANK.red
      : RANK.normal
    : g.items.reduce((best, i) => Math.min(best, RANK[i.urgency]), RANK.normal);

/**
 * The list grouped by kind, most urgent group first: by the most urgent item loaded, then by urgent count, then by
 * count; items inside a group keep the server's order (most urgent first). A group the page did not load items of
 * (beyond the page size) still shows with its counts.
 */
export function groupTodos(groups: readonly TodoGroupView[], items: readonly TodoItemView[]): TodoGroup[] {
  const byKind = new Map<string, TodoItemView[]>();
  for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  return groups
    .filter((g) => g.count > 0)
    .map((g) => ({ ...g, items: byKind.get(g.kind) ?? [] }))
    .sort(
      (a, b) =>
        topUrgency(a) - topUrgency(b) || b.urgent - a.urgent || b.count - a.count || a.kind.localeCompare(b.kind),
    );
}

/** The tag an item's urgency shows (none when normal). */
export const URGENCY_COLOR: Record<TodoUrgency, string | null> = {
  overdue: 'red',
  red: 'volcano',
  yellow: 'gold',
  normal: null,
};
