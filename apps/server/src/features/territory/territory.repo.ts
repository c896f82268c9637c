import { sql } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { OrgUnitTable, OrgUnitLinkTable, BuildingTable, HouseholdTable } from './territory.table.ts';

export const findUnit = (db: Conn, id: string) =>
  db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();

/** Units in force on `date` inside the scope, each with the parent it had on that date. */
export const listUnitsAt = (db: Conn, scope: OrgScope, date: string) =>
  db
    .selectFrom('org_units as u')
    .innerJoin('org_unit_links as l', 'l.unit_id', 'u.id')
    .selectAll('u')
    .select('l.parent_id as parent_at')
    .where(pathInScope('u.path', scope))
    .where('u.valid_from', '<=', date)
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>', date)]))
    .where('l.valid_from', '<=', date)
    .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', date)]))
    .orderBy('u.path')
    .execute();

export const insertUnit = (db: Conn, row: OrgUnitTable) => db.insertInto('org_units').values(row).execute();
export const insertLink = (db: Conn, row: OrgUnitLinkTable) => db.insertInto('org_unit_links').values(row).execute();
export const updateUnit = (db: Conn, id: string, patch: Partial<OrgUnitTable>) =>
  db.updateTable('org_units').set(patch).where('id', '=', id).execute();

export const currentChildren = (db: Conn, parentId: string) =>
  db.selectFrom('org_units').selectAll().where('parent_id', '=', parentId).where('valid_to', 'is', null).execute();

export const openLink = (db: Conn, unitId: string) =>
  db
    .selectFrom('org_unit_links')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('valid_to', 'is', null)
    .executeTakeFirst();

export const closeLink = (db: Conn, linkId: string, date: string) =>
  db.updateTable('org_unit_links').set({ valid_to: date }).where('id', '=', linkId).execute();

/** Moves a subtree: every path under oldPrefix is rewritten to start with newPrefix (portable SQL). */
export const rewritePaths = (db: Conn, oldPrefix: string, newPrefix: string) =>
  db
    .updateTable('org_units')
    .set({ path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})` })
    .where('path', 'like', `${oldPrefix}%`)
    .execute();

export const linksOf = (db: Conn, unitId: string) =>
  db
    .selectFrom('org_unit_links as l')
    .leftJoin('org_units as p', 'p.id', 'l.parent_id')
    .select(['l.parent_id', 'p.name as parent_name', 'l.valid_from', 'l.valid_to'])
    .where('l.unit_id', '=', unitId)
    .orderBy('l.valid_from')
    .execute();

export const linkAt = (db: Conn, unitId: string, date: string) =>
  db
    .selectFrom('org_unit_links as l')
    .leftJoin('org_units as p', 'p.id', 'l.parent_id')
    .select(['p.id', 'p.name', 'p.kind'])
    .where('l.unit_id', '=', unitId)
    .where('l.valid_from', '<=', date)
    .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', date)]))
    .executeTakeFirst();

/** Latest date any link under this unit changed: a merge may not be dated before it. */
export const latestChangeUnder = async (db: Conn, unitIds: string[]): Promise<string | null> => {
  const row = await db
    .selectFrom('org_unit_links')
    .select((eb) => eb.fn.max('valid_from').as('d'))
    .where((eb) => eb.or([eb('unit_id', 'in', unitIds), eb('parent_id', 'in', unitIds)]))
    .executeTakeFirst();
  return (row?.d as string | null | undefined) ?? null;
};

export const buildingsOfGrid = (db: Conn, gridId: string) =>
  db.selectFrom('buildings').selectAll().where('grid_id', '=', gridId).orderBy('name').execute();
export const insertBuilding = (db: Conn, row: BuildingTable) => db.insertInto('buildings').values(row).execute();
export const findBuilding = (db: Conn, id: string) =>
  db.selectFrom('buildings').selectAll().where('id', '=', id).executeTakeFirst();

export const householdsOfGrid = (db: Conn, gridId: string) =>
  db
    .selectFrom('households as h')
    .leftJoin('residents as r', (j) => j.onRef('r.household_id', '=', 'h.id').on('r.removed_at', 'is', null))
    .select([
      'h.id',
      'h.grid_id',
      'h.building_id',
      'h.address',
      (eb) => eb.fn.count<number>('r.id').as('resident_count'),
    ])
    .where('h.grid_id', '=', gridId)
    .groupBy(['h.id', 'h.grid_id', 'h.building_id', 'h.address'])
    .orderBy('h.address')
    .execute();
export const insertHousehold = (db: Conn, row: HouseholdTable) => db.insertInto('households').values(row).execute();
export const findHousehold = (db: Conn, id: string) =>
  db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst();

/** Current grids and micro-grids in scope, with their parent's name (import templates and matching). */
export const currentGridsInScope = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('org_units as u')
    .leftJoin('org_units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.name', 'u.code', 'u.path', 'p.name as parent_name'])
    .where(pathInScope('u.path', scope))
    .where('u.kind', 'in', ['grid', 'micro_grid'])
    .where('u.valid_to', 'is', null)
    .orderBy('u.path')
    .execute();
