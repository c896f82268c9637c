/**
 * Login throttling, pure: per account 5 failures → a growing soft lock; per IP 30 failed attempts an hour
 * (successful sign-ins do not count: a community office signs in all its staff from one NAT address).
 * Keys exist for unknown user names too, so a lock never reveals whether an account exists.
 */
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
export const IP_WINDOW_MS = 60 * 60 * 1000;
export const ACCOUNT_FREE_FAILURES = 5;
export const IP_MAX_ATTEMPTS = 30;

export interface Attempt {
  at: string;
  ok: number;
}

/** Failures since the last success; after 5, locked for 1, 2, 4 … (max 60) minutes after the last failure. */
export function accountLockedUntil(attempts: Attempt[]): number | null {
  let failures = 0;
  let lastFailure = 0;
  for (const a of attempts) {
    if (a.ok) failures = 0;
    else {
      failures += 1;
      lastFailure = Date.parse(a.at);
    }
  }
  if (failures < ACCOUNT_FREE_FAILURES) return null;
  const minutes = Math.min(2 ** (failures - ACCOUNT_FREE_FAILURES), 60);
  return lastFailure + minutes * 60_000;
}

export const ipBlocked = (attemptsInWindow: readonly Attempt[]): boolean =>
  attemptsInWindow.filter((a) => !a.ok).length >= IP_MAX_ATTEMPTS;
