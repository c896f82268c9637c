import { sql } from 'kysely';
import type { Conn, DB, Db } from '../../db/schema.ts';
import { prepared } from '../../db/prepared.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { containsPattern, likeEscaped, translateDbError } from '../../db/dialect.ts';
import type { ResidentTable } from './residents.table.ts';
import { bigrams, normaliseQuery, residentGrams, surnameGram } from './residents.grams.ts';

export interface ResidentFilter {
  q?: string;
  gridPath?: string;
  flag?: 'needy' | 'elderly' | 'disabled';
  ids?: string[];
}

function baseQuery(db: Conn, scope: OrgScope, filter: ResidentFilter) {
  let q = db
    .selectFrom('residents as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .where(pathInScope('g.path', scope))
    .where('r.removed_at', 'is', null);
  if (filter.gridPath) q = q.where('g.path', 'like', `${filter.gridPath}%`);
  if (filter.flag === 'needy') q = q.where('r.is_needy', '=', 1);
  if (filter.flag === 'elderly') q = q.where('r.is_elderly', '=', 1);
  if (filter.flag === 'disabled') q = q.where('r.is_disabled', '=', 1);
  if (filter.ids) q = q.where('r.id', 'in', filter.ids.length ? filter.ids : ['']);
  const text = filter.q ? normaliseQuery(filter.q) : '';
  const length = [...text].length;
  // One character: a surname prefix, answered from the marked first-character gram.
  if (length === 1)
    q = q.where('r.id', 'in', (eb) =>
      eb
        .selectFrom('resident_grams')
        .select('resident_id')
        .where('gram', '=', surnameGram(text) ?? ''),
    );
  if (length >= 2) {
    for (const gram of bigrams(text)) {
      q = q.where('r.id', 'in', (eb) => eb.selectFrom('resident_grams').select('resident_id').where('gram', '=', gram));
    }
    const pattern = containsPattern(text);
    q = q.where((eb) =>
      eb.or([
        likeEscaped(sql<string>`lower(${eb.ref('r.name')})`, pattern),
        likeEscaped(sql<string>`lower(${eb.ref('r.address')})`, pattern),
      ]),
    );
  }
  return q;
}

export async function listResidents(db: Conn, scope: OrgScope, filter: ResidentFilter, page: number, pageSize: number) {
  const base = baseQuery(db, scope, filter);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('r')
    .select(['g.name as grid_name', 'g.path as grid_path'])
    .orderBy('r.name')
    .orderBy('r.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** All matching rows, streamed in id order (exports). */
export async function* scanResidents(db: Conn, scope: OrgScope, filter: ResidentFilter, batch = 2000) {
  let after = '';
  for (;;) {
    const rows = await baseQuery(db, scope, filter)
      .selectAll('r')
      .select(['g.name as grid_name', 'g.path as grid_path'])
      .where('r.id', '>', after)
      .orderBy('r.id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

const residentById = prepared<DB, ResidentTable & { grid_name: string; grid_path: string }, 'id'>((db, param) =>
  db
    .selectFrom('residents as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .selectAll('r')
    .select(['g.name as grid_name', 'g.path as grid_path'])
    .where('r.id', '=', param('id'))
    .where('r.removed_at', 'is', null),
);

/** Detail read (compiled once: it is the hottest query after the session lookup). */
export const findResident = async (db: Db, id: string) => (await residentById(db, { id }))[0];

export const idsByBlindIndex = async (db: Conn, column: 'id_no_bidx' | 'phone_bidx', value: string) =>
  (
    await db.selectFrom('residents').select('id').where(column, '=', value).where('removed_at', 'is', null).execute()
  ).map((r) => r.id);

/** Registered (not moved-out) residents holding any of these ID-number blind indexes. */
export async function registeredIdIndexes(db: Conn, indexes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < indexes.length; i += 500) {
    const rows = await db
      .selectFrom('residents')
      .select('id_no_bidx')
      .where('id_no_bidx', 'in', indexes.slice(i, i + 500))
      .where('removed_at', 'is', null)
      .execute();
    for (const r of rows) if (r.id_no_bidx) found.add(r.id_no_bidx);
  }
  return found;
}

/** Where a resident is counted (grid, registration day, moved-out instant), row-locked for the transaction where the engine locks rows. */
export async function lockedPlacement(db: Conn, id: string, forUpdate: boolean) {
  const q = db.selectFrom('residents').select(['grid_id', 'registered_on', 'removed_at']).where('id', '=', id);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirstOrThrow();
}

/** A second registration of the same ID number is a 409 DUPLICATE (enforced by a unique index). */
export async function insertResident(db: Conn, row: ResidentTable): Promise<void> {
  await db
    .insertInto('residents')
    .values(row)
    .execute()
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  await writeGrams(db, row.id, row.name, row.address);
}

export async function updateResident(
  db: Conn,
  id: string,
  patch: Partial<ResidentTable>,
  text?: { name: string; address: string },
) {
  await db
    .updateTable('residents')
    .set(patch)
    .where('id', '=', id)
    .execute()
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  if (text) {
    await db.deleteFrom('resident_grams').where('resident_id', '=', id).execute();
    await writeGrams(db, id, text.name, text.address);
  }
}

async function writeGrams(db: Conn, residentId: string, name: string, address: string): Promise<void> {
  const grams = residentGrams(name, address);
  if (grams.length)
    await db
      .insertInto('resident_grams')
      .values(grams.map((gram) => ({ gram, resident_id: residentId })))
      .execute();
}

/** Residents registered on a date (moved in by then, not yet moved out), per grid. */
export const countByGridAt = (db: Conn, scope: OrgScope, date: string, endOfDay: string) =>
  db
    .selectFrom('residents as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .select(['r.grid_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where(pathInScope('g.path', scope))
    .where('r.registered_on', '<=', date)
    .where((eb) => eb.or([eb('r.removed_at', 'is', null), eb('r.removed_at', '>', endOfDay)]))
    .groupBy('r.grid_id')
    .execute();

/** Residents in need (困难群众) with their grid's path, by id (the demo seeds). */
export const needyWithGridPath = (db: Conn) =>
  db
    .selectFrom('residents as r')
    .innerJoin('org_units as g', 'g.id', 'r.grid_id')
    .select(['r.id', 'r.name', 'g.path'])
    .where('r.is_needy', '=', 1)
    .orderBy('r.id')
    .execute();
