import { describe, expect, it } from 'vitest';
import { requiredOrgLife } from './party-life.rules.ts';

describe('三会一课 slots owed in a period', () => {
  it('a whole year owes 12 × 3 monthly, 4 × 2 quarterly and 2 yearly slots', () => {
    expect(requiredOrgLife('2015-01-01', '2015-12-31').size).toBe(36 + 8 + 2);
  });

  it('the first quarter owes 9 monthly and 2 quarterly slots, no yearly one', () => {
    const q1 = requiredOrgLife('2015-01-01', '2015-03-31');
    expect(q1.size).toBe(11);
    expect(q1.has('members_assembly|2015-Q1')).toBe(true);
    expect(q1.has('democratic_life|2015')).toBe(false);
  });

  it('two months that do not close a quarter owe monthly slots only', () => {
    expect([...requiredOrgLife('2015-04-01', '2015-05-31')].every((s) => /\|2015-0[45]$/.test(s))).toBe(true);
  });
});
