import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** At most `limit` events of `key` within any `windowMs`. */
export interface Allowance {
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Per-key allowances (e.g. `complaint-submit:<ip>`, `resident-lookup-user:<id>`), counted in the
 * database so every app node sees the same count. Reserve, then check: one event row per key is
 * inserted (and committed) first, then each window is counted with it included; past any limit every
 * reservation of this call is withdrawn and the caller gets 429. Two concurrent callers can both be
 * refused at the edge, but never both admitted beyond a limit: whichever counts last sees every
 * admitted row. Each key's events older than its longest window are pruned as it is used.
 */
export async function reserveAllowances(
  deps: Pick<Deps, 'db'>,
  allowances: readonly Allowance[],
  code: 'RATE_LIMITED' | 'LOOKUP_LIMITED' = 'RATE_LIMITED',
): Promise<void> {
  const now = Date.now();
  const at = new Date(now).toISOString();
  const keys = [...new Set(allowances.map((a) => a.key))];
  const rows = keys.map((key) => ({ id: newId(), key, at }));
  await deps.db.insertInto('rate_events').values(rows).execute();
  for (const { key, limit, windowMs } of allowances) {
    const counted = await deps.db
      .selectFrom('rate_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key', '=', key)
      .where('at', '>=', new Date(now - windowMs).toISOString())
      .executeTakeFirstOrThrow();
    if (Number(counted.n) > limit) {
      await deps.db
        .deleteFrom('rate_events')
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      throw new AppError(code);
    }
  }
  for (const key of keys) {
    const longest = Math.max(...allowances.filter((a) => a.key === key).map((a) => a.windowMs));
    await deps.db
      .deleteFrom('rate_events')
      .where('key', '=', key)
      .where('at', '<', new Date(now - longest).toISOString())
      .execute();
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
