import { describe, expect, it } from 'vitest';
import { communityOf, meetsWorkerTarget, share } from './dashboard.compute.ts';

describe('dashboard roll-ups', () => {
  it('maps grids and micro-grids to the community they had on the date', () => {
    const map = communityOf([
      { id: 's', kind: 'subdistrict', name: 'S', parentAt: null },
      { id: 'c', kind: 'community', name: 'C', parentAt: 's' },
      { id: 'g', kind: 'grid', name: 'G', parentAt: 'c' },
      { id: 'm', kind: 'micro_grid', name: 'M', parentAt: 'g' },
    ]);
    expect(map.get('g')).toBe('c');
    expect(map.get('m')).toBe('c');
    expect(map.has('s')).toBe(false);
  });
  it('the worker target is more than 20', () => {
    expect(meetsWorkerTarget(20)).toBe(false);
    expect(meetsWorkerTarget(21)).toBe(true);
  });
  it('40 sunk cadres of 67 agency staff is 59.7%', () => {
    expect(share(40, 67)).toBe(0.597);
    expect(share(1, 0)).toBeNull();
  });
});
