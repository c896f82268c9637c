import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { admitInWindow } from './throttle.ts';
import { updateCounter } from './throttle.repo.ts';

/**
 * Per-key allowances for what anyone may do without signing in (e.g. `complaint-submit:<ip>`):
 * past `limit` events in the window the caller gets 429 and nothing is written. Counted in the
 * database under the key's row lock, so every app node sees the same count and a concurrent burst
 * cannot slip past the limit.
 */
export async function consumeAllowance(
  deps: Pick<Deps, 'db'>,
  key: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  if (!(await tryAllowance(deps, key, limit, windowMs))) throw new AppError('RATE_LIMITED');
}

/** Like consumeAllowance, but answers whether the event was within the allowance instead of throwing. */
export async function tryAllowance(
  deps: Pick<Deps, 'db'>,
  key: string,
  limit: number,
  windowMs: number,
): Promise<boolean> {
  const now = Date.now();
  return updateCounter(deps.db, key, now, windowMs, (instants) => {
    const a = admitInWindow(instants, now, limit, windowMs);
    return { instants: a.instants, result: a.admitted };
  });
}

export const HOUR_MS = 60 * 60 * 1000;
