import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { CatalogTable } from './service-requests.table.ts';

const withUnit = (db: Conn) => db.selectFrom('service_catalog as s').innerJoin('org_units as u', 'u.id', 's.unit_id');
export const findService = (db: Conn, id: string) =>
  withUnit(db)
    .selectAll('s')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findService>>>;
export const findServiceByCode = (db: Conn, code: string) =>
  withUnit(db)
    .selectAll('s')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('s.code', '=', code)
    .executeTakeFirst();
export const listServices = (db: Conn, scope: OrgScope, unitPath?: string, activeOnly = false) => {
  let q = withUnit(db)
    .selectAll('s')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  if (activeOnly) q = q.where('s.active', '=', 1);
  return q.orderBy('u.path').orderBy('s.code').execute();
};
/** Active services under a path (public page, Open311 jurisdiction). */
export const servicesUnder = (db: Conn, path: string) =>
  withUnit(db)
    .selectAll('s')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('u.path', 'like', `${path}%`)
    .where('s.active', '=', 1)
    .orderBy('s.code')
    .execute();
export const insertService = (db: Conn, row: CatalogTable) => db.insertInto('service_catalog').values(row).execute();
export const updateService = (db: Conn, id: string, patch: Partial<CatalogTable>) =>
  db.updateTable('service_catalog').set(patch).where('id', '=', id).execute();
