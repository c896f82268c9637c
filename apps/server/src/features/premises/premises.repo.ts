import type { ProjectStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { PremisesTable, ProjectTable, RoomTable } from './premises.table.ts';

const withUnit = (db: Conn) => db.selectFrom('service_premises as p').innerJoin('org_units as u', 'u.id', 'p.unit_id');

export const findPremises = (db: Conn, id: string) =>
  withUnit(db)
    .selectAll('p')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
export type PremisesRow = NonNullable<Awaited<ReturnType<typeof findPremises>>>;

export const listPremises = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = withUnit(db)
    .selectAll('p')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  return q.orderBy('u.path').orderBy('p.created_at').execute();
};

/** The premises of one community (its public page: no actor). */
export const premisesOfUnit = (db: Conn, unitPath: string) =>
  withUnit(db)
    .selectAll('p')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('u.path', 'like', `${unitPath}%`)
    .orderBy('p.created_at')
    .execute();

export const roomsOf = (db: Conn, premisesIds: string[]) =>
  premisesIds.length === 0
    ? Promise.resolve([] as RoomTable[])
    : db
        .selectFrom('service_rooms')
        .selectAll()
        .where('premises_id', 'in', premisesIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute();

/** Area added by completed projects, per premises, up to a date (inclusive). */
export const addedAreaOf = (db: Conn, premisesIds: string[], upTo: string) =>
  premisesIds.length === 0
    ? Promise.resolve([] as { premises_id: string; added: number }[])
    : db
        .selectFrom('construction_projects')
        .select(['premises_id', (eb) => eb.fn.sum<number>('area_added_m2').as('added')])
        .where('premises_id', 'in', premisesIds)
        .where('status', '=', 'completed')
        .where('completed_on', '<=', upTo)
        .groupBy('premises_id')
        .execute();

export const findRoom = (db: Conn, id: string) =>
  db
    .selectFrom('service_rooms as r')
    .innerJoin('service_premises as p', 'p.id', 'r.premises_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .selectAll('r')
    .select(['p.name as premises_name', 'p.unit_id', 'p.address', 'u.path as unit_path', 'u.name as unit_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
export type RoomRow = NonNullable<Awaited<ReturnType<typeof findRoom>>>;

export const insertPremises = (db: Conn, row: PremisesTable) => db.insertInto('service_premises').values(row).execute();
export const updatePremises = (db: Conn, id: string, patch: Partial<PremisesTable>) =>
  db.updateTable('service_premises').set(patch).where('id', '=', id).execute();
export const insertRoom = (db: Conn, row: RoomTable) => db.insertInto('service_rooms').values(row).execute();
export const updateRoom = (db: Conn, id: string, patch: Partial<RoomTable>) =>
  db.updateTable('service_rooms').set(patch).where('id', '=', id).execute();

const projectsWithUnit = (db: Conn) =>
  db.selectFrom('construction_projects as j').innerJoin('org_units as u', 'u.id', 'j.unit_id');
export const findProject = (db: Conn, id: string) =>
  projectsWithUnit(db)
    .selectAll('j')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('j.id', '=', id)
    .executeTakeFirst();
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;
export const listProjects = (db: Conn, scope: OrgScope, f: { unitPath?: string; status?: ProjectStatus }) => {
  let q = projectsWithUnit(db)
    .selectAll('j')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where(pathInScope('u.path', scope));
  if (f.unitPath) q = q.where('u.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('j.status', '=', f.status);
  return q.orderBy('j.created_at', 'desc').orderBy('j.id').execute();
};
export const insertProject = (db: Conn, row: ProjectTable) =>
  db.insertInto('construction_projects').values(row).execute();
export async function lockProject(db: Conn, id: string, forUpdate: boolean): Promise<ProjectTable> {
  let q = db.selectFrom('construction_projects').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}
export const updateProject = (db: Conn, id: string, patch: Partial<ProjectTable>) =>
  db.updateTable('construction_projects').set(patch).where('id', '=', id).execute();

/** Per community: registered area in use by `to`, and registered area that came into use within [from, to]. */
export const premisesAreaByUnit = (db: Conn, unitIds: string[], from: string, to: string) =>
  unitIds.length === 0
    ? Promise.resolve([] as { unit_id: string; area: number; added: number }[])
    : db
        .selectFrom('service_premises')
        .select([
          'unit_id',
          (eb) => eb.fn.sum<number>('area_m2').as('area'),
          (eb) =>
            eb.fn
              .sum<number>(eb.case().when('in_use_from', '>=', from).then(eb.ref('area_m2')).else(0).end())
              .as('added'),
        ])
        .where('unit_id', 'in', unitIds)
        .where('in_use_from', '<=', to)
        .groupBy('unit_id')
        .execute();

/** Per community: area added by projects completed by `to`, and by those completed within [from, to]. */
export const projectAreaByUnit = (db: Conn, unitIds: string[], from: string, to: string) =>
  unitIds.length === 0
    ? Promise.resolve([] as { unit_id: string; area: number; added: number }[])
    : db
        .selectFrom('construction_projects')
        .select([
          'unit_id',
          (eb) => eb.fn.sum<number>('area_added_m2').as('area'),
          (eb) =>
            eb.fn
              .sum<number>(eb.case().when('completed_on', '>=', from).then(eb.ref('area_added_m2')).else(0).end())
              .as('added'),
        ])
        .where('unit_id', 'in', unitIds)
        .where('status', '=', 'completed')
        .where('completed_on', '<=', to)
        .groupBy('unit_id')
        .execute();

/** The recipient of a fund allocation (a project financed by it must belong to the same community). */
export const allocationRecipient = (db: Conn, id: string) =>
  db.selectFrom('fund_allocations').select('recipient_unit_id').where('id', '=', id).executeTakeFirst();
