import type { Conn } from '../../db-schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { ProviderAgreementTable, ProviderTable } from './providers.table.ts';

const withUnit = (db: Conn) => db.selectFrom('providers as v').innerJoin('org_units as u', 'u.id', 'v.unit_id');

export const findProvider = (db: Conn, id: string) => withUnit(db).selectAll('v').select(['u.path as unit_path', 'u.name as unit_name']).where('v.id', '=', id).executeTakeFirst();
export type ProviderRow = NonNullable<Awaited<ReturnType<typeof findProvider>>>;
export const listProviders = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = withUnit(db).selectAll('v').select(['u.path as unit_path', 'u.name as unit_name']).where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  return q.orderBy('u.path').orderBy('v.name').execute();
};
export const agreementsOf = (db: Conn, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('provider_agreements as a').innerJoin('service_rooms as r', 'r.id', 'a.room_id')
    .selectAll('a').select('r.name as room_name').where('a.provider_id', 'in', ids).orderBy('a.starts_on').execute();
export const servicesOf = (db: Conn, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('service_catalog').select(['id', 'code', 'name', 'price_kind', 'price_fen', 'provider_id'])
    .where('provider_id', 'in', ids).where('active', '=', 1).orderBy('code').execute();

export const insertProvider = (db: Conn, row: ProviderTable) => db.insertInto('providers').values(row).execute();
export const insertAgreement = (db: Conn, row: ProviderAgreementTable) => db.insertInto('provider_agreements').values(row).execute();
export const roomUnit = (db: Conn, roomId: string) =>
  db.selectFrom('service_rooms as r').innerJoin('service_premises as p', 'p.id', 'r.premises_id').select('p.unit_id').where('r.id', '=', roomId).executeTakeFirst();
export const userRole = (db: Conn, userId: string) => db.selectFrom('users').select(['id', 'role']).where('id', '=', userId).executeTakeFirst();
export const insertAccount = (db: Conn, userId: string, providerId: string, at: string) =>
  db.insertInto('provider_accounts').values({ user_id: userId, provider_id: providerId, created_at: at }).execute();
export const providerOfUser = async (db: Conn, userId: string) =>
  (await db.selectFrom('provider_accounts').select('provider_id').where('user_id', '=', userId).executeTakeFirst())?.provider_id ?? null;
