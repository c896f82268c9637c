import type { Conn } from '../../db/schema.ts';

/** Aggregates' helper (the caller has authorized): the territory unit each Party organisation hangs off, by id. */
export async function territoryOfOrgs(db: Conn): Promise<Map<string, string>> {
  const rows = await db.selectFrom('party_orgs').select(['id', 'territory_id']).execute();
  return new Map(rows.map((r) => [r.id, r.territory_id]));
}
