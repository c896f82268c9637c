import { sql, type SqlBool } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInBranch, pathInScope } from '../../db/scope-sql.ts';
import type { PairingContactTable, PairingRuleTable, PairingTable } from './pairing.table.ts';

export const rulesRows = (db: Conn) => db.selectFrom('pairing_rules').selectAll().execute();
export async function upsertRule(db: Conn, row: PairingRuleTable): Promise<void> {
  await db
    .insertInto('pairing_rules')
    .values(row)
    .onConflict((oc) =>
      oc.column('helper_role').doUpdateSet({
        min_targets: row.min_targets,
        contact_days: row.contact_days,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export const insertPairing = (db: Conn, row: PairingTable) => db.insertInto('pairings').values(row).execute();
export const insertPairings = (db: Conn, rows: PairingTable[]) => db.insertInto('pairings').values(rows).execute();
export const insertContact = (db: Conn, row: PairingContactTable) =>
  db.insertInto('pairing_contacts').values(row).execute();
export const insertContacts = (db: Conn, rows: PairingContactTable[]) =>
  db.insertInto('pairing_contacts').values(rows).execute();

const base = (db: Conn) =>
  db
    .selectFrom('pairings as p')
    .innerJoin('org_units as c', 'c.id', 'p.community_id')
    .leftJoin('party_orgs as hb', 'hb.id', 'p.helper_branch_id')
    .selectAll('p')
    .select(['c.path as community_path', 'hb.path as helper_branch_path'])
    .select((eb) =>
      eb
        .selectFrom('pairing_contacts as k')
        .select((e) => e.fn.max('k.contacted_on').as('d'))
        .whereRef('k.pairing_id', '=', 'p.id')
        .as('last_contact_on'),
    );

export const findPairing = (db: Conn, id: string) => base(db).where('p.id', '=', id).executeTakeFirst();
/** Pairings in scope; `branchId` (a branch secretary's reach, see pathInBranch) keeps those whose helper belongs to that branch. */
export const listPairings = (db: Conn, scope: OrgScope, branchId?: string | null) =>
  base(db)
    .where(pathInScope('c.path', scope))
    .where(pathInBranch('hb.path', branchId))
    .orderBy('p.helper_name')
    .orderBy('p.id')
    .limit(5000)
    .execute();

/** Needy residents in scope whom no pairing targets (needy residents are the pairing targets the dashboard must see covered). */
export const unpairedNeedy = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('residents as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .innerJoin('org_units as c', (j) => j.on(sql<SqlBool>`g.path LIKE c.path || '%'`))
    .select(['r.id', 'r.name', 'c.id as community_id'])
    .where('r.is_needy', '=', 1)
    .where('c.kind', 'in', ['community', 'village'])
    .where(pathInScope('g.path', scope))
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('pairings as p').select('p.id').whereRef('p.target_resident_id', '=', 'r.id'))),
    )
    .orderBy('r.name')
    .limit(500)
    .execute();

export const findContact = (db: Conn, id: string) =>
  db.selectFrom('pairing_contacts').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * What pairing.contact-overdue derives from (pairing.todos.ts): each pairing with its community and last contact,
 * within a to-do scope (some pairings, one subdistrict, or all).
 */
export async function pairingsForTodos(db: Conn, f: { pairingIds?: readonly string[]; subdistrictId?: string }) {
  let q = db
    .selectFrom('pairings as p')
    .innerJoin('org_units as c', 'c.id', 'p.community_id')
    .select([
      'p.id',
      'p.helper_user_id',
      'p.helper_role',
      'p.target_kind',
      'p.started_on',
      'c.id as community_id',
      'c.path as community_path',
      'c.name as community_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('pairing_contacts as k')
        .select((e) => e.fn.max('k.contacted_on').as('d'))
        .whereRef('k.pairing_id', '=', 'p.id')
        .as('last_contact_on'),
    );
  if (f.pairingIds) q = q.where('p.id', 'in', ['', ...f.pairingIds]);
  if (f.subdistrictId) q = q.where('c.path', 'like', `/${f.subdistrictId}/%`);
  return q.execute();
}
