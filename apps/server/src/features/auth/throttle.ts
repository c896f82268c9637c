/**
 * Login throttling, pure: per account 5 failures → a growing soft lock; per IP 30 failed attempts an hour
 * (successful sign-ins do not count: a community office signs in all its staff from one NAT address).
 * Keys exist for unknown user names too, so a lock never reveals whether an account exists.
 *
 * A key remembers the instants (epoch ms) that count against it. An attempt is admitted (and its instant
 * counted, as if it were going to fail) before the password is checked; a success gives it back.
 */
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
export const IP_WINDOW_MS = 60 * 60 * 1000;
export const ACCOUNT_FREE_FAILURES = 5;
export const IP_MAX_ATTEMPTS = 30;

export interface Admission {
  admitted: boolean;
  /** What the key remembers from now on: the instants still inside its window, plus the admitted one. */
  instants: number[];
}

/** Keeps the instants inside the window and admits one more while fewer than `limit` remain. */
export function admitInWindow(instants: readonly number[], now: number, limit: number, windowMs: number): Admission {
  const kept = instants.filter((t) => t > now - windowMs);
  return kept.length >= limit ? { admitted: false, instants: kept } : { admitted: true, instants: [...kept, now] };
}

/** The address's allowance: 30 failed (or still running) attempts an hour. */
export const admitAddressAttempt = (instants: readonly number[], now: number): Admission =>
  admitInWindow(instants, now, IP_MAX_ATTEMPTS, IP_WINDOW_MS);

/** Failures since the last success; after 5, locked for 1, 2, 4 … (max 60) minutes after the last failure. */
export function accountLockedUntil(failures: readonly number[]): number | null {
  if (failures.length < ACCOUNT_FREE_FAILURES) return null;
  const minutes = Math.min(2 ** (failures.length - ACCOUNT_FREE_FAILURES), 60);
  return Math.max(...failures) + minutes * 60_000;
}

/** An account's attempt is checked only while the account is not locked; a locked one is refused unchecked. */
export function admitAccountAttempt(failures: readonly number[], now: number): Admission {
  const kept = failures.filter((t) => t > now - ACCOUNT_WINDOW_MS);
  const until = accountLockedUntil(kept);
  return until !== null && until > now
    ? { admitted: false, instants: kept }
    : { admitted: true, instants: [...kept, now] };
}

/** Gives one admitted instant back (the attempt succeeded, or it is not over yet). */
export function withdraw(instants: readonly number[], admitted: number): number[] {
  const i = instants.indexOf(admitted);
  return i < 0 ? [...instants] : [...instants.slice(0, i), ...instants.slice(i + 1)];
}
