import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId, nowIso } from '../../platform/ids.ts';

/**
 * Per-key allowances for what anyone may do without signing in (e.g. `complaint-submit:<ip>`):
 * past `limit` events in the window the caller gets 429 and nothing is written. Counted in the
 * database, so every app node sees the same count; each key's old events are pruned as it is used.
 */
export async function consumeAllowance(
  deps: Pick<Deps, 'db'>,
  key: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  const since = new Date(Date.now() - windowMs).toISOString();
  const row = await deps.db
    .selectFrom('rate_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= limit) throw new AppError('RATE_LIMITED');
  await deps.db.insertInto('rate_events').values({ id: newId(), key, at: nowIso() }).execute();
  await deps.db.deleteFrom('rate_events').where('key', '=', key).where('at', '<', since).execute();
}

export const HOUR_MS = 60 * 60 * 1000;
