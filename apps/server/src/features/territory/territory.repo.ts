import { sql } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { OrgUnitTable, OrgUnitLinkTable, BuildingTable, HouseholdTable } from './territory.table.ts';
import type { UnitKind } from './territory.rules.ts';

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

// ---- Lookups other modules make through territory.service.ts (they never query org_units themselves) ----

type Kind = UnitKind;

export const unitPath = async (db: Conn, id: string): Promise<string | null> =>
  (await db.selectFrom('org_units').select('path').where('id', '=', id).executeTakeFirst())?.path ?? null;

export const unitNames = (db: Conn, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([] as { id: string; name: string }[])
    : db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', ids).execute();

/** One unit of the given kinds (in force unless `inForce` is false), in or out of any scope. */
export const unitOfKinds = (db: Conn, id: string, kinds: readonly Kind[], inForce: boolean) => {
  let q = db
    .selectFrom('org_units')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', '=', id)
    .where('kind', 'in', kinds);
  if (inForce) q = q.where('valid_to', 'is', null);
  return q.executeTakeFirst();
};

export interface UnitsFilter {
  /** Only units inside this scope (omitted: the whole tree). */
  scope?: OrgScope;
  /** Only units on or below this path. */
  under?: string;
  /** Units no longer in force too (merged ones); default false. */
  ended?: boolean;
}

/** Units of the given kinds, by path. */
export const unitsOfKinds = (db: Conn, kinds: readonly Kind[], filter: UnitsFilter = {}) => {
  let q = db
    .selectFrom('org_units')
    .select(['id', 'name', 'kind', 'path', 'parent_id', 'valid_to'])
    .where('kind', 'in', kinds);
  if (filter.scope) q = q.where(pathInScope('path', filter.scope));
  if (filter.under) q = q.where('path', 'like', `${filter.under}%`);
  if (!filter.ended) q = q.where('valid_to', 'is', null);
  return q.orderBy('path').execute();
};

/** Every unit in the scope, merged ones too, with its map boundary (maps and indicator roll-ups). */
export const unitsWithBoundaries = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('org_units')
    .select(['id', 'parent_id', 'kind', 'name', 'path', 'valid_to', 'boundary'])
    .where(pathInScope('path', scope))
    .orderBy('path')
    .execute();

/** Current children of one kind, by name. */
export const childrenOfKind = (db: Conn, parentId: string, kind: Kind) =>
  db
    .selectFrom('org_units')
    .select(['id', 'name'])
    .where('parent_id', '=', parentId)
    .where('kind', '=', kind)
    .where('valid_to', 'is', null)
    .orderBy('name')
    .execute();

export const anyUnit = async (db: Conn): Promise<boolean> =>
  (await db.selectFrom('org_units').select('id').limit(1).executeTakeFirst()) !== undefined;

/** Current communities in scope (villages not counted) with the households registered in their grids. */
export const communitiesWithHouseholds = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('org_units as u')
    .select([
      'u.id',
      'u.name',
      'u.path',
      (eb) =>
        eb
          .selectFrom('households as h')
          .innerJoin('org_units as g', 'g.id', 'h.grid_id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('g.path', 'like', sql<string>`u.path || '%'`)
          .as('households'),
    ])
    .where(pathInScope('u.path', scope))
    .where('u.kind', '=', 'community')
    .where('u.valid_to', 'is', null)
    .orderBy('u.path')
    .execute();

export const setBoundary = (db: Conn, id: string, boundary: string | null, at: string) =>
  db.updateTable('org_units').set({ boundary, updated_at: at }).where('id', '=', id).execute();
