import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { GoodDeedTable } from './good-deeds.table.ts';

export const insertDeed = (db: Conn, row: GoodDeedTable) => db.insertInto('good_deeds').values(row).execute();
export const insertDeeds = (db: Conn, rows: GoodDeedTable[]) => db.insertInto('good_deeds').values(rows).execute();
export const findDeed = (db: Conn, id: string) =>
  db
    .selectFrom('good_deeds as d')
    .innerJoin('org_units as c', 'c.id', 'd.community_id')
    .selectAll('d')
    .select('c.path as community_path')
    .where('d.id', '=', id)
    .executeTakeFirst();
export const confirmDeed = (
  db: Conn,
  id: string,
  patch: Pick<GoodDeedTable, 'confirmed_by' | 'confirmed_by_name' | 'confirmed_at'>,
) => db.updateTable('good_deeds').set(patch).where('id', '=', id).where('confirmed_at', 'is', null).executeTakeFirst();

export function listDeeds(
  db: Conn,
  scope: OrgScope,
  filter: { communityPath?: string; year?: number },
  page: number,
  pageSize: number,
) {
  let q = db
    .selectFrom('good_deeds as d')
    .innerJoin('org_units as c', 'c.id', 'd.community_id')
    .where(pathInScope('c.path', scope));
  if (filter.communityPath) q = q.where('c.path', 'like', `${filter.communityPath}%`);
  if (filter.year)
    q = q.where('d.done_on', '>=', `${filter.year}-01-01`).where('d.done_on', '<=', `${filter.year}-12-31`);
  return Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .selectAll('d')
      .orderBy('d.done_on', 'desc')
      .orderBy('d.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
}
