import type { CatalogKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type {
  MeetingCatalogTable,
  MeetingDecisionTable,
  MeetingFollowUpTable,
  MeetingItemTable,
  MeetingOpinionTable,
  MeetingTable,
} from './meetings.table.ts';
import { ancestorIdsOf } from '../../platform/org-scope.ts';

const catalog = (db: Conn) =>
  db
    .selectFrom('meeting_catalog as c')
    .innerJoin('org_units as o', 'o.id', 'c.unit_id')
    .selectAll('c')
    .select('o.path as owner_path');

export const listCatalog = (db: Conn, scope: OrgScope) =>
  catalog(db)
    .where((eb) => eb.or([pathInScope('o.path', scope), eb('c.unit_id', 'in', ['', ...ancestorIdsOf(scope.paths)])]))
    .orderBy('c.kind')
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();

export const findCatalogItem = (db: Conn, id: string) => catalog(db).where('c.id', '=', id).executeTakeFirst();
export const catalogNamed = (db: Conn, unitId: string, kind: CatalogKind, name: string) =>
  db
    .selectFrom('meeting_catalog')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
export const insertCatalogItem = (db: Conn, row: MeetingCatalogTable) =>
  db.insertInto('meeting_catalog').values(row).execute();
export const updateCatalogItem = (db: Conn, id: string, patch: Partial<MeetingCatalogTable>) =>
  db.updateTable('meeting_catalog').set(patch).where('id', '=', id).execute();

const meetings = (db: Conn) =>
  db
    .selectFrom('meetings as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .innerJoin('meeting_catalog as t', 't.id', 'm.type_id')
    .selectAll('m')
    .select(['u.path as unit_path', 't.name as type_name'])
    .select((eb) => [
      eb
        .selectFrom('meeting_items as i')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('i.meeting_id', '=', 'm.id')
        .as('agenda_count'),
      eb
        .selectFrom('meeting_decisions as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('d.meeting_id', '=', 'm.id')
        .where('d.status', '!=', 'done')
        .as('open_decisions'),
      eb
        .selectFrom('meeting_opinions as o')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('o.meeting_id', '=', 'm.id')
        .as('opinion_count'),
    ]);
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export const findMeeting = (db: Conn, id: string) => meetings(db).where('m.id', '=', id).executeTakeFirst();

export async function listMeetings(
  db: Conn,
  scope: OrgScope,
  unitPath: string | undefined,
  page: number,
  pageSize: number,
) {
  let base = db
    .selectFrom('meetings as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .where(pathInScope('u.path', scope));
  if (unitPath) base = base.where('u.path', 'like', `${unitPath}%`);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const ids = await base
    .select('m.id')
    .orderBy('m.held_on', 'desc')
    .orderBy('m.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const rows = ids.length
    ? await meetings(db)
        .where(
          'm.id',
          'in',
          ids.map((r) => r.id),
        )
        .orderBy('m.held_on', 'desc')
        .orderBy('m.id', 'desc')
        .execute()
    : [];
  return { rows, total: Number(total.n) };
}

export async function insertMeeting(
  db: Conn,
  row: MeetingTable,
  items: MeetingItemTable[],
  decisions: MeetingDecisionTable[],
): Promise<void> {
  await db.insertInto('meetings').values(row).execute();
  await db.insertInto('meeting_items').values(items).execute();
  if (decisions.length) await db.insertInto('meeting_decisions').values(decisions).execute();
}

export const itemsOf = (db: Conn, meetingId: string) =>
  db.selectFrom('meeting_items').selectAll().where('meeting_id', '=', meetingId).orderBy('seq').execute();
export const decisionsOf = (db: Conn, meetingId: string) =>
  db.selectFrom('meeting_decisions').selectAll().where('meeting_id', '=', meetingId).orderBy('seq').execute();
export const followUpsOf = (db: Conn, decisionIds: string[]) =>
  db
    .selectFrom('meeting_follow_ups')
    .selectAll()
    .where('decision_id', 'in', ['', ...decisionIds])
    .orderBy('noted_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export const opinionsOf = (db: Conn, meetingId: string) =>
  db
    .selectFrom('meeting_opinions as o')
    .innerJoin('meeting_catalog as r', 'r.id', 'o.role_id')
    .selectAll('o')
    .select('r.name as role_name')
    .where('o.meeting_id', '=', meetingId)
    .orderBy('o.created_at')
    .orderBy('o.id')
    .execute();

/** A decision with the path of its meeting's unit (for the scope check). */
export const findDecision = (db: Conn, id: string) =>
  db
    .selectFrom('meeting_decisions as d')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .selectAll('d')
    .select('u.path as unit_path')
    .where('d.id', '=', id)
    .executeTakeFirst();

export async function insertFollowUp(db: Conn, row: MeetingFollowUpTable): Promise<void> {
  await db.insertInto('meeting_follow_ups').values(row).execute();
  await db
    .updateTable('meeting_decisions')
    .set({ status: row.status, updated_at: row.created_at })
    .where('id', '=', row.decision_id)
    .execute();
}

export const insertOpinion = (db: Conn, row: MeetingOpinionTable) =>
  db.insertInto('meeting_opinions').values(row).execute();
