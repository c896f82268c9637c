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
 * database so every app node sees the same count. One transaction per call: each key's row in
 * `rate_keys` is created if new and locked (in key order, FOR UPDATE where the engine has it; the
 * embedded engine runs one writer at a time), then every window is counted and, only if all are under their limit,
 * the event is added. Concurrent callers on one key therefore queue and exactly `limit` get through.
 * Past a limit the caller gets 429 (`code`) and nothing is written. Each key's events older than its
 * longest window are pruned as it is used.
 */
export async function reserveAllowances(
  deps: Pick<Deps, 'db' | 'engine'>,
  allowances: readonly Allowance[],
  code: 'RATE_LIMITED' | 'LOOKUP_LIMITED' = 'RATE_LIMITED',
): Promise<void> {
  const keys = [...new Set(allowances.map((a) => a.key))].sort();
  const admitted = await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('rate_keys')
      .values(keys.map((key) => ({ key })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const lock = trx.selectFrom('rate_keys').select('key').where('key', 'in', keys).orderBy('key');
    await (deps.engine.forUpdate ? lock.forUpdate() : lock).execute();
    const now = Date.now();
    for (const { key, limit, windowMs } of allowances) {
      const counted = await trx
        .selectFrom('rate_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', '=', key)
        .where('at', '>=', new Date(now - windowMs).toISOString())
        .executeTakeFirstOrThrow();
      if (Number(counted.n) >= limit) return false;
    }
    const at = new Date(now).toISOString();
    await trx
      .insertInto('rate_events')
      .values(keys.map((key) => ({ id: newId(), key, at })))
      .execute();
    for (const key of keys) {
      const longest = Math.max(...allowances.filter((a) => a.key === key).map((a) => a.windowMs));
      await trx
        .deleteFrom('rate_events')
        .where('key', '=', key)
        .where('at', '<', new Date(now - longest).toISOString())
        .execute();
    }
    return true;
  });
  if (!admitted) throw new AppError(code);
}

/** One allowance: past `limit` events in the window the caller gets 429 and nothing is written. */
export async function consumeAllowance(
  deps: Pick<Deps, 'db' | 'engine'>,
  key: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  await reserveAllowances(deps, [{ key, limit, windowMs }]);
}
