import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { PowerItemStepTable, PowerItemTable } from './integrity.table.ts';
import { ancestorIdsOf } from '../../platform/org-scope.ts';

export type ItemRow = PowerItemTable & { owner_path: string };

const withOwner = (db: Conn) =>
  db
    .selectFrom('power_items as i')
    .innerJoin('org_units as o', 'o.id', 'i.owner_unit_id')
    .selectAll('i')
    .select('o.path as owner_path');

export const findItem = (db: Conn, id: string) => withOwner(db).where('i.id', '=', id).executeTakeFirst();
export const findItems = (db: Conn, ids: string[]) =>
  withOwner(db)
    .where('i.id', 'in', ['', ...ids])
    .execute();

/** Versions of the lists the scope sees (its subdistricts' and those above it), current ones only unless `all`. */
export function listVisible(db: Conn, scope: OrgScope, filter: { code?: string; all?: boolean }) {
  let q = withOwner(db).where((eb) =>
    eb.or([eb('i.owner_unit_id', 'in', ['', ...ancestorIdsOf(scope.paths)]), pathInScope('o.path', scope)]),
  );
  if (filter.code) q = q.where('i.code', '=', filter.code);
  if (!filter.all) q = q.where('i.status', '=', 'active');
  return q.orderBy('o.path').orderBy('i.code').orderBy('i.version').execute();
}

/** The active version of each code in one owner's list. */
export const activeByCodes = (db: Conn, ownerId: string, codes: string[]) =>
  withOwner(db)
    .where('i.owner_unit_id', '=', ownerId)
    .where('i.status', '=', 'active')
    .where('i.code', 'in', ['', ...codes])
    .execute();

export const stepsOf = (db: Conn, itemIds: string[]) =>
  db
    .selectFrom('power_item_steps')
    .selectAll()
    .where('item_id', 'in', ['', ...itemIds])
    .orderBy('item_id')
    .orderBy('seq')
    .execute();

export async function inUse(db: Conn, itemIds: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('power_exercises')
    .select('item_id')
    .distinct()
    .where('item_id', 'in', ['', ...itemIds])
    .execute();
  return new Set(rows.map((r) => r.item_id));
}

export async function latestVersion(db: Conn, ownerId: string, code: string): Promise<PowerItemTable | undefined> {
  return db
    .selectFrom('power_items')
    .selectAll()
    .where('owner_unit_id', '=', ownerId)
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export const insertItem = (db: Conn, row: PowerItemTable) => db.insertInto('power_items').values(row).execute();
export const insertSteps = (db: Conn, rows: PowerItemStepTable[]) =>
  rows.length ? db.insertInto('power_item_steps').values(rows).execute() : Promise.resolve([]);
export const retire = (db: Conn, id: string, effectiveTo: string, at: string) =>
  db
    .updateTable('power_items')
    .set({ status: 'retired', effective_to: effectiveTo, updated_at: at })
    .where('id', '=', id)
    .execute();
