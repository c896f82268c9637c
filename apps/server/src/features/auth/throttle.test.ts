import { describe, expect, it } from 'vitest';
import { accountLockedUntil, admitAccountAttempt, admitAddressAttempt, admitInWindow, withdraw } from './throttle.ts';

const at = (min: number) => Date.UTC(2026, 0, 1, 0, min);
const minutes = (n: number, from = 0) => Array.from({ length: n }, (_, i) => at(from + i));

describe('login throttling', () => {
  it('allows four failures, then locks for a growing time after the last failure', () => {
    expect(accountLockedUntil(minutes(4))).toBeNull();
    expect(accountLockedUntil(minutes(5))).toBe(at(4) + 60_000);
    expect(accountLockedUntil(minutes(7))).toBe(at(6) + 4 * 60_000);
    expect(accountLockedUntil(minutes(20))).toBe(at(19) + 60 * 60_000);
  });

  it('admits an account attempt while unlocked and counts it; a locked account is refused and nothing is added', () => {
    const first = admitAccountAttempt(minutes(4), at(4));
    expect(first).toEqual({ admitted: true, instants: minutes(5) });
    // Reserved at the same instant (a concurrent burst): the fifth reservation locks the sixth out.
    const burst = admitAccountAttempt(first.instants, at(4));
    expect(burst).toEqual({ admitted: false, instants: minutes(5) });
    expect(admitAccountAttempt(minutes(5), at(4) + 60_000).admitted).toBe(true);
  });

  it('failures older than the window are forgotten', () => {
    expect(admitAccountAttempt(minutes(10), at(10 + 60)).instants).toEqual([at(10 + 60)]);
  });

  it('blocks an address at 30 counted attempts an hour; instants given back do not count', () => {
    const full = minutes(30);
    expect(admitAddressAttempt(minutes(29), at(30)).admitted).toBe(true);
    expect(admitAddressAttempt(full, at(30))).toEqual({ admitted: false, instants: full });
    expect(admitAddressAttempt(withdraw(full, at(3)), at(30)).admitted).toBe(true);
    expect(admitAddressAttempt(full, at(61)).admitted).toBe(true);
  });

  it('withdraw removes one occurrence only', () => {
    expect(withdraw([1, 2, 2, 3], 2)).toEqual([1, 2, 3]);
    expect(withdraw([1, 3], 2)).toEqual([1, 3]);
  });

  it('admitInWindow is a plain allowance', () => {
    expect(admitInWindow([], 10, 1, 5)).toEqual({ admitted: true, instants: [10] });
    expect(admitInWindow([10], 12, 1, 5).admitted).toBe(false);
    expect(admitInWindow([10], 15, 1, 5).admitted).toBe(true);
  });
});
