import { describe, expect, it } from 'vitest';
import type { TodoKindDecl } from '@jishi/shared/modules/manifest';
import { menuCounts } from './menu-counts.ts';

const mod = (...todos: TodoKindDecl[]) => ({ todos });
const decl = (kind: string, menu: string): TodoKindDecl => ({ kind, menu, source: 'event' });

describe('menu counts', () => {
  const modules = [
    mod(
      decl('grid.case-to-accept', 'grid-cases'),
      decl('grid.case-assigned', 'grid-cases'),
      decl('grid.report-due', 'grid-today'),
    ),
    mod(decl('bookings.to-approve', 'services')),
    mod(),
  ];

  it('sums the kinds each entry declares, across modules and kinds', () => {
    expect(
      menuCounts(modules, {
        'grid.case-to-accept': 2,
        'grid.case-assigned': 3,
        'grid.report-due': 1,
        'bookings.to-approve': 4,
      }),
    ).toEqual({ 'grid-cases': 5, 'grid-today': 1, services: 4 });
  });

  it('leaves out entries without work and kinds nobody declares', () => {
    expect(menuCounts(modules, { 'grid.case-assigned': 0, 'unknown.kind': 7, 'bookings.to-approve': 1 })).toEqual({
      services: 1,
    });
    expect(menuCounts(modules, {})).toEqual({});
  });

  it('lets a module count its kind under another module’s entry', () => {
    const two = [mod(decl('a.x', 'shared-entry')), mod(decl('b.y', 'shared-entry'))];
    expect(menuCounts(two, { 'a.x': 1, 'b.y': 2 })).toEqual({ 'shared-entry': 3 });
  });
});
