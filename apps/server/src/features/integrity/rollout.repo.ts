import type { Conn } from '../../db/schema.ts';

/** The codes enabled in each of these units (one query, set-wise). */
export const enabledIn = (db: Conn, unitIds: readonly string[]) =>
  db
    .selectFrom('power_rollout')
    .select(['unit_id', 'item_code'])
    .where('unit_id', 'in', ['', ...unitIds])
    .orderBy('item_code')
    .execute();

export async function enabledCodes(db: Conn, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('power_rollout')
    .select('item_code')
    .where('unit_id', '=', unitId)
    .orderBy('item_code')
    .execute();
  return rows.map((r) => r.item_code);
}

export const isEnabled = async (db: Conn, unitId: string, code: string): Promise<boolean> =>
  Boolean(
    await db
      .selectFrom('power_rollout')
      .select('unit_id')
      .where('unit_id', '=', unitId)
      .where('item_code', '=', code)
      .executeTakeFirst(),
  );

export async function enable(db: Conn, unitId: string, codes: string[], by: string, at: string): Promise<void> {
  const have = new Set(await enabledCodes(db, unitId));
  const rows = codes
    .filter((c) => !have.has(c))
    .map((c) => ({ unit_id: unitId, item_code: c, enabled_at: at, enabled_by: by }));
  if (rows.length) await db.insertInto('power_rollout').values(rows).execute();
}

export const disable = (db: Conn, unitId: string, codes: string[]) =>
  db
    .deleteFrom('power_rollout')
    .where('unit_id', '=', unitId)
    .where('item_code', 'in', ['', ...codes])
    .execute();
