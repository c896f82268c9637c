import type { Conn } from '../../db-schema.ts';

/** Public facts about communities: names and grids only (nothing personal). */
export const openCommunities = (db: Conn) =>
  db.selectFrom('org_units as c').innerJoin('org_units as s', 's.id', 'c.parent_id')
    .select(['c.id', 'c.name', 'c.kind', 's.name as subdistrict']).where('c.kind', 'in', ['community', 'village']).where('c.valid_to', 'is', null)
    .orderBy('c.path').execute();

export const gridsOf = (db: Conn, communityId: string) =>
  db.selectFrom('org_units').select(['id', 'name']).where('parent_id', '=', communityId).where('kind', '=', 'grid').where('valid_to', 'is', null).orderBy('name').execute();
