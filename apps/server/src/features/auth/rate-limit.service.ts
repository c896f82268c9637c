import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { withdraw } from './throttle.ts';
import { updateCounter } from './throttle.repo.ts';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** At most `limit` events of `key` within any `windowMs`. */
export interface Allowance {
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Per-key allowances (e.g. `complaint-submit:<ip>`, `resident-lookup-user:<id>`), counted in the same
 * `throttle_counters` rows as sign-in attempts, so every app node sees the same count. Each key is decided
 * under its row's lock (one key per transaction, so callers never wait on each other): its event is counted
 * only if every window of that key is under its limit, so a concurrent burst admits exactly `limit`.
 * When a later key refuses, the events already counted for earlier keys of the same call are given back.
 * Past a limit the caller gets 429 (`code`) and nothing else is written.
 */
export async function reserveAllowances(
  deps: Pick<Deps, 'db'>,
  allowances: readonly Allowance[],
  code: 'RATE_LIMITED' | 'LOOKUP_LIMITED' = 'RATE_LIMITED',
): Promise<void> {
  const now = Date.now();
  const keys = [...new Set(allowances.map((a) => a.key))].sort();
  const counted: { key: string; keepMs: number }[] = [];
  for (const key of keys) {
    const windows = allowances.filter((a) => a.key === key);
    const keepMs = Math.max(...windows.map((w) => w.windowMs));
    const admitted = await updateCounter(deps.db, key, now, keepMs, (instants) => {
      const kept = instants.filter((t) => t > now - keepMs);
      const fits = windows.every((w) => kept.filter((t) => t > now - w.windowMs).length < w.limit);
      return fits ? { instants: [...kept, now], result: true } : { instants: kept, result: false };
    });
    if (!admitted) {
      for (const c of counted)
        await updateCounter(deps.db, c.key, now, c.keepMs, (instants) => ({
          instants: withdraw(instants, now),
          result: null,
        }));
      throw new AppError(code);
    }
    counted.push({ key, keepMs });
  }
}

/** One allowance: past `limit` events in the window the caller gets 429 and nothing is written. */
export async function consumeAllowance(
  deps: Pick<Deps, 'db'>,
  key: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  await reserveAllowances(deps, [{ key, limit, windowMs }]);
}
