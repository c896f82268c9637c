import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';

/** Current communities and villages in scope with the codes enabled in each (two queries, set-wise). */
export async function rolloutInScope(db: Conn, scope: OrgScope) {
  const units = await db
    .selectFrom('org_units')
    .select(['id', 'name', 'kind', 'path'])
    .where('kind', 'in', ['community', 'village'])
    .where('valid_to', 'is', null)
    .where(pathInScope('path', scope))
    .orderBy('path')
    .execute();
  const enabled = await db
    .selectFrom('power_rollout')
    .select(['unit_id', 'item_code'])
    .where('unit_id', 'in', ['', ...units.map((u) => u.id)])
    .orderBy('item_code')
    .execute();
  return { units, enabled };
}

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

/** A current community or village (a public board). */
export const boardUnit = (db: Conn, id: string) =>
  db
    .selectFrom('org_units')
    .select(['id', 'name', 'path'])
    .where('id', '=', id)
    .where('kind', 'in', ['community', 'village'])
    .where('valid_to', 'is', null)
    .executeTakeFirst();
