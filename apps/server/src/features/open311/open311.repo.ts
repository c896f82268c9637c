import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { Open311ClientTable } from './open311.table.ts';

export const clientByKeyHash = (db: Conn, hash: string) =>
  db
    .selectFrom('open311_clients as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.name', 'c.unit_id', 'c.revoked_at', 'u.path as unit_path'])
    .where('c.key_hash', '=', hash)
    .executeTakeFirst();
export const listClients = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('open311_clients as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.unit_id', 'c.name', 'c.created_at', 'c.revoked_at'])
    .where(pathInScope('u.path', scope))
    .orderBy('c.created_at')
    .execute();
export const findClient = (db: Conn, id: string) =>
  db
    .selectFrom('open311_clients as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.revoked_at', 'u.path as unit_path'])
    .where('c.id', '=', id)
    .executeTakeFirst();
export const insertClient = (db: Conn, row: Open311ClientTable) =>
  db.insertInto('open311_clients').values(row).execute();
export const revokeClient = (db: Conn, id: string, at: string) =>
  db.updateTable('open311_clients').set({ revoked_at: at }).where('id', '=', id).execute();
