import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { ProviderAgreementTable, ProviderTable } from './providers.table.ts';

const withUnit = (db: Conn) => db.selectFrom('providers as v').innerJoin('org_units as u', 'u.id', 'v.unit_id');

export const findProvider = (db: Conn, id: string) =>
  withUnit(db)
    .selectAll('v')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('v.id', '=', id)
    .executeTakeFirst();
export type ProviderRow = NonNullable<Awaited<ReturnType<typeof findProvider>>>;
export const listProviders = (db: Conn, scope: OrgScope, unitPath?: string) => {
  let q = withUnit(db)
    .selectAll('v')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  return q.orderBy('u.path').orderBy('v.name').execute();
};
export const agreementsOf = (db: Conn, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('provider_agreements as a')
        .innerJoin('service_rooms as r', 'r.id', 'a.room_id')
        .selectAll('a')
        .select('r.name as room_name')
        .where('a.provider_id', 'in', ids)
        .orderBy('a.starts_on')
        .execute();
export const servicesOf = (db: Conn, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('service_catalog')
        .select(['id', 'code', 'name', 'price_kind', 'price_fen', 'provider_id'])
        .where('provider_id', 'in', ids)
        .where('active', '=', 1)
        .orderBy('code')
        .execute();

export const insertProvider = (db: Conn, row: ProviderTable) => db.insertInto('providers').values(row).execute();
export const insertAgreement = (db: Conn, row: ProviderAgreementTable) =>
  db.insertInto('provider_agreements').values(row).execute();
export const roomUnit = (db: Conn, roomId: string) =>
  db
    .selectFrom('service_rooms as r')
    .innerJoin('service_premises as p', 'p.id', 'r.premises_id')
    .select('p.unit_id')
    .where('r.id', '=', roomId)
    .executeTakeFirst();
/** A user who may become a provider account: role, state and the path of the unit the account is scoped to. */
export const accountUser = (db: Conn, userId: string) =>
  db
    .selectFrom('users as x')
    .innerJoin('org_units as u', 'u.id', 'x.scope_unit_id')
    .select(['x.id', 'x.role', 'x.disabled', 'u.path as scope_path'])
    .where('x.id', '=', userId)
    .executeTakeFirst();
export const insertAccount = (db: Conn, userId: string, providerId: string, at: string) =>
  db.insertInto('provider_accounts').values({ user_id: userId, provider_id: providerId, created_at: at }).execute();
export const deleteAccount = async (db: Conn, userId: string, providerId: string) =>
  Number(
    (
      await db
        .deleteFrom('provider_accounts')
        .where('user_id', '=', userId)
        .where('provider_id', '=', providerId)
        .executeTakeFirst()
    ).numDeletedRows,
  );
export const accountsOf = (db: Conn, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('provider_accounts as a')
        .innerJoin('users as x', 'x.id', 'a.user_id')
        .select(['a.provider_id', 'a.user_id', 'x.username', 'x.display_name'])
        .where('a.provider_id', 'in', ids)
        .orderBy('x.username')
        .execute();
/** Active provider-role users in a scope that act for no provider yet. */
export const accountCandidates = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('users as x')
    .innerJoin('org_units as u', 'u.id', 'x.scope_unit_id')
    .select(['x.id', 'x.username', 'x.display_name'])
    .where('x.role', '=', 'provider')
    .where('x.disabled', '=', 0)
    .where(pathInScope('u.path', scope))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('provider_accounts as a').select('a.user_id').whereRef('a.user_id', '=', 'x.id'))),
    )
    .orderBy('x.username')
    .execute();
export const providerOfUser = async (db: Conn, userId: string) =>
  (await db.selectFrom('provider_accounts').select('provider_id').where('user_id', '=', userId).executeTakeFirst())
    ?.provider_id ?? null;
