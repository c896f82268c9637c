import { describe, expect, it } from 'vitest';
import { accountLockedUntil, ipBlocked } from './throttle.ts';

const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 0, min)).toISOString();

describe('login throttling', () => {
  it('allows four failures, then locks for a growing time after the last failure', () => {
    const fails = (n: number) => Array.from({ length: n }, (_, i) => ({ at: at(i), ok: 0 }));
    expect(accountLockedUntil(fails(4))).toBeNull();
    expect(accountLockedUntil(fails(5))).toBe(Date.parse(at(4)) + 60_000);
    expect(accountLockedUntil(fails(7))).toBe(Date.parse(at(6)) + 4 * 60_000);
    expect(accountLockedUntil(fails(20))).toBe(Date.parse(at(19)) + 60 * 60_000);
  });
  it('a success resets the count', () => {
    const attempts = [
      ...Array.from({ length: 6 }, (_, i) => ({ at: at(i), ok: 0 })),
      { at: at(7), ok: 1 },
      { at: at(8), ok: 0 },
    ];
    expect(accountLockedUntil(attempts)).toBeNull();
  });
  it('blocks an IP at 30 failed attempts an hour; successful sign-ins do not count', () => {
    const failed = (n: number) => Array.from({ length: n }, (_, i) => ({ at: at(i), ok: 0 }));
    const succeeded = (n: number) => Array.from({ length: n }, (_, i) => ({ at: at(i), ok: 1 }));
    expect(ipBlocked(failed(29))).toBe(false);
    expect(ipBlocked(failed(30))).toBe(true);
    expect(ipBlocked([...succeeded(200), ...failed(29)])).toBe(false);
    expect(ipBlocked([...succeeded(5), ...failed(30)])).toBe(true);
  });
});
