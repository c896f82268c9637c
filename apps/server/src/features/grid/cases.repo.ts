import type { Conn } from '../../db-schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { DisputeCaseTable, DisputeEventTable, DisputePartyTable, DisputePhotoTable, MediationSessionTable } from './grid.table.ts';

const base = (db: Conn) =>
  db.selectFrom('dispute_cases as c').innerJoin('org_units as g', 'g.id', 'c.grid_id').leftJoin('users as a', 'a.id', 'c.assignee_id')
    .selectAll('c').select(['g.name as grid_name', 'g.path as grid_path', 'a.display_name as assignee_name']);
export type CaseRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

export interface CaseFilter { unitPath?: string; status?: string; level?: string; category?: string; open?: boolean; from?: string; to?: string }

function filtered(db: Conn, scope: OrgScope, f: CaseFilter) {
  let q = base(db).where(pathInScope('g.path', scope));
  if (f.unitPath) q = q.where('g.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.level) q = q.where('c.level', '=', f.level);
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.open) q = q.where('c.status', '!=', 'closed');
  if (f.from) q = q.where('c.registered_at', '>=', f.from);
  if (f.to) q = q.where('c.registered_at', '<', f.to);
  return q;
}

export const findCase = (db: Conn, id: string) => base(db).where('c.id', '=', id).executeTakeFirst();
export const findByKey = (db: Conn, key: string) => base(db).where('c.idempotency_key', '=', key).executeTakeFirst();
/** Every matching case (lists filter warnings in memory: they depend on the clock and the subdistrict's limits). */
export const casesWhere = (db: Conn, scope: OrgScope, f: CaseFilter) => filtered(db, scope, f).orderBy('c.registered_at', 'desc').orderBy('c.id', 'desc').execute();

export const lockCase = (db: Conn, id: string, forUpdate: boolean) => {
  let q = db.selectFrom('dispute_cases').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
};
export const insertCase = (db: Conn, row: DisputeCaseTable) => db.insertInto('dispute_cases').values(row).execute();
export const updateCase = (db: Conn, id: string, patch: Partial<DisputeCaseTable>) => db.updateTable('dispute_cases').set(patch).where('id', '=', id).execute();
export async function insertParties(db: Conn, rows: DisputePartyTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('dispute_parties').values(rows).execute();
}
export const insertEvent = (db: Conn, row: DisputeEventTable) => db.insertInto('dispute_events').values(row).execute();
export const insertSession = (db: Conn, row: MediationSessionTable) => db.insertInto('mediation_sessions').values(row).execute();
export const insertPhoto = (db: Conn, row: DisputePhotoTable) => db.insertInto('dispute_photos').values(row).execute();

export const partiesOf = (db: Conn, id: string) => db.selectFrom('dispute_parties').selectAll().where('case_id', '=', id).orderBy('id').execute();
export const eventsOf = (db: Conn, id: string) => db.selectFrom('dispute_events').selectAll().where('case_id', '=', id).orderBy('at').orderBy('id').execute();
export const sessionsOf = (db: Conn, id: string) => db.selectFrom('mediation_sessions').selectAll().where('case_id', '=', id).orderBy('held_on').orderBy('id').execute();
export const photosOf = (db: Conn, id: string) => db.selectFrom('dispute_photos').selectAll().where('case_id', '=', id).orderBy('created_at').orderBy('id').execute();
export const findPhotoByKey = (db: Conn, key: string) => db.selectFrom('dispute_photos').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
export const findPhoto = (db: Conn, caseId: string, id: string) => db.selectFrom('dispute_photos').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();

/** Session outcomes of cases under the scope in a period (mediation success rate). */
export const sessionOutcomes = (db: Conn, scope: OrgScope, unitPath: string | undefined, from: string, to: string) => {
  let q = db.selectFrom('mediation_sessions as s').innerJoin('dispute_cases as c', 'c.id', 's.case_id').innerJoin('org_units as g', 'g.id', 'c.grid_id')
    .select(['s.outcome']).where(pathInScope('g.path', scope)).where('s.held_on', '>=', from).where('s.held_on', '<=', to);
  if (unitPath) q = q.where('g.path', 'like', `${unitPath}%`);
  return q.execute();
};
