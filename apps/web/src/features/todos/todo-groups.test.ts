import { describe, expect, it } from 'vitest';
import type { TodoGroupView, TodoItemView, TodoUrgency } from '@jishi/shared';
import { groupTodos } from './todo-groups.ts';

let seq = 0;
const item = (kind: string, urgency: TodoUrgency): TodoItemView => ({
  id: `i${++seq}`,
  kind,
  module: kind.split('.')[0] ?? kind,
  ref: `R${seq}`,
  params: {},
  link: '/somewhere',
  dueAt: null,
  urgency,
  mine: true,
  createdAt: '2026-12-07T00:00:00.000Z',
});
const group = (kind: string, count: number, urgent: number): TodoGroupView => ({
  kind,
  module: kind.split('.')[0] ?? kind,
  count,
  urgent,
});

describe('grouping the to-do list', () => {
  it('puts the group with the most urgent item first and keeps the items in the server’s order', () => {
    const items = [
      item('grid.case-assigned', 'overdue'),
      item('bookings.to-approve', 'red'),
      item('grid.case-assigned', 'yellow'),
      item('decisions.stage-due', 'normal'),
      item('bookings.to-approve', 'normal'),
    ];
    const groups = [
      group('bookings.to-approve', 2, 1),
      group('decisions.stage-due', 1, 0),
      group('grid.case-assigned', 2, 1),
    ];
    const out = groupTodos(groups, items);
    expect(out.map((g) => g.kind)).toEqual(['grid.case-assigned', 'bookings.to-approve', 'decisions.stage-due']);
    expect(out[0]?.items.map((i) => i.urgency)).toEqual(['overdue', 'yellow']);
    expect(out[1]?.count).toBe(2);
  });

  it('ranks equally urgent groups by urgent count, then count; shows groups whose items were not loaded', () => {
    const items = [item('a.x', 'normal'), item('e.v', 'yellow')];
    const groups = [group('a.x', 1, 0), group('b.y', 9, 0), group('c.z', 3, 2), group('d.w', 0, 0), group('e.v', 1, 0)];
    expect(groupTodos(groups, items).map((g) => [g.kind, g.items.length])).toEqual([
      ['c.z', 0],
      ['e.v', 1],
      ['b.y', 0],
      ['a.x', 1],
    ]);
  });

  it('is empty when nothing waits', () => {
    expect(groupTodos([], [])).toEqual([]);
  });
});
