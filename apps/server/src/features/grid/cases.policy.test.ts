import { describe, expect, it } from 'vitest';
import { handlesAt } from './cases.policy.ts';

describe('who handles a case at its level', () => {
  const grid = '/s/c/g/';
  it('the grid handles grid-level cases; the community and subdistrict handle everything beneath them', () => {
    expect(handlesAt(['/s/c/g/'], grid, 'grid')).toBe(true);
    expect(handlesAt(['/s/c/g/'], grid, 'community')).toBe(false);
    expect(handlesAt(['/s/c/'], grid, 'community')).toBe(true);
    expect(handlesAt(['/s/c/'], grid, 'subdistrict')).toBe(false);
    expect(handlesAt(['/s/'], grid, 'subdistrict')).toBe(true);
  });
  it('nobody handles a case outside their scope', () => {
    expect(handlesAt(['/s/c2/'], grid, 'grid')).toBe(false);
    expect(handlesAt(['/s/c/g2/'], grid, 'grid')).toBe(false);
  });
});
