import type { Db } from '../../db/schema.ts';

export interface CounterUpdate<T> {
  instants: number[];
  result: T;
}

const parseInstants = (text: string): number[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
};

/**
 * Reads a throttled key's instants, lets `decide` rewrite them, and stores the result, all under the row's
 * lock: the upsert creates or locks the row (a server database holds the row lock to the end of the
 * transaction; the embedded one runs one writer at a time), so concurrent requests for the same key are
 * decided one after another.
 * Each call locks one key only, so no two callers can wait on each other. Rows past `expires_at` are deleted.
 */
export async function updateCounter<T>(
  db: Db,
  key: string,
  now: number,
  keepMs: number,
  decide: (instants: number[]) => CounterUpdate<T>,
): Promise<T> {
  const expiresAt = new Date(now + keepMs).toISOString();
  const result = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('throttle_counters')
      .values({ key, instants: '[]', expires_at: expiresAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ key: (eb) => eb.ref('excluded.key') }))
      .returning('instants')
      .executeTakeFirstOrThrow();
    const next = decide(parseInstants(row.instants));
    await trx
      .updateTable('throttle_counters')
      .set({ instants: JSON.stringify(next.instants), expires_at: expiresAt })
      .where('key', '=', key)
      .execute();
    return next.result;
  });
  await db.deleteFrom('throttle_counters').where('expires_at', '<', new Date(now).toISOString()).execute();
  return result;
}
