import { describe, expect, it } from 'vitest';
import { caseFigures, countBy, expectedPerGrid, mediationSuccess, ratio } from './grid.stats.ts';

describe('grid dashboard aggregation', () => {
  it('expects one report per specialist post per day from the day the post began', () => {
    const e = expectedPerGrid(
      [
        { gridId: 'g1', since: '2026-03-02' },
        { gridId: 'g1', since: '2026-03-01' },
        { gridId: 'g2', since: '2026-03-05' },
      ],
      ['2026-03-01', '2026-03-02', '2026-03-03'],
    );
    expect([...(e.get('g1') as Map<string, number>).entries()].sort()).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 2],
      ['2026-03-03', 2],
    ]);
    expect((e.get('g2') as Map<string, number>).size).toBe(0);
  });
  it('counts cases by key (zero rows included), the grid-level share of resolutions and the mediation success rate', () => {
    const f = caseFigures([
      { category: 'family', level: 'grid', status: 'closed', resolvedLevel: 'grid', n: 1 },
      { category: 'family', level: 'community', status: 'resolved', resolvedLevel: 'community', n: 1 },
      { category: 'land', level: 'grid', status: 'mediating', resolvedLevel: null, n: 1 },
      { category: 'land', level: 'grid', status: 'closed', resolvedLevel: 'grid', n: 3 },
    ]);
    expect(f.cases).toBe(6);
    expect(f.byCategory.find((x) => x.key === 'family')?.count).toBe(2);
    expect(f.byCategory.find((x) => x.key === 'land')?.count).toBe(4);
    expect(f.byCategory.find((x) => x.key === 'labour')?.count).toBe(0);
    expect(f.byLevel.map((x) => x.count)).toEqual([5, 1, 0]);
    expect(f.gridResolvedShare).toBe(0.8);
    expect(caseFigures([]).gridResolvedShare).toBeNull();
    expect(mediationSuccess(['agreement', 'no_agreement', 'adjourned', 'agreement'])).toBe(0.5);
    expect(mediationSuccess([])).toBeNull();
    expect(ratio(1, 3)).toBe(0.333);
    expect(
      countBy(['a', 'b'] as const, [
        { key: 'b', n: 1 },
        { key: 'b', n: 2 },
        { key: 'c', n: 5 },
      ]),
    ).toEqual([
      { key: 'a', count: 0 },
      { key: 'b', count: 3 },
    ]);
  });
});
