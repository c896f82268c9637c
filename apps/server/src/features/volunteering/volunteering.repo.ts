import type { SignupStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type {
  ActivitySignupTable,
  VolunteerActivityTable,
  VolunteerCertificateTable,
  VolunteerPointTable,
  VolunteerTable,
  VolunteerTeamTable,
} from './volunteering.table.ts';

export const insertTeam = (db: Conn, row: VolunteerTeamTable) => db.insertInto('volunteer_teams').values(row).execute();
export const findTeam = (db: Conn, id: string) =>
  db
    .selectFrom('volunteer_teams as t')
    .innerJoin('org_units as c', 'c.id', 't.community_id')
    .selectAll('t')
    .select('c.path as community_path')
    .where('t.id', '=', id)
    .executeTakeFirst();
export const listTeams = (db: Conn, scope: OrgScope) =>
  db
    .selectFrom('volunteer_teams as t')
    .innerJoin('org_units as c', 'c.id', 't.community_id')
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('volunteers as v')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('v.team_id', '=', 't.id')
        .as('volunteers'),
    )
    .where(pathInScope('c.path', scope))
    .orderBy('t.name')
    .execute();

export const insertVolunteer = (db: Conn, row: VolunteerTable) => db.insertInto('volunteers').values(row).execute();
export const insertVolunteers = (db: Conn, rows: VolunteerTable[]) =>
  db.insertInto('volunteers').values(rows).execute();
export const volunteerOfUser = (db: Conn, userId: string) =>
  db.selectFrom('volunteers').selectAll().where('user_id', '=', userId).executeTakeFirst();
export const findVolunteer = (db: Conn, id: string) =>
  db
    .selectFrom('volunteers as v')
    .innerJoin('org_units as c', 'c.id', 'v.community_id')
    .selectAll('v')
    .select('c.path as community_path')
    .where('v.id', '=', id)
    .executeTakeFirst();

export function listVolunteers(db: Conn, scope: OrgScope, teamId?: string) {
  let q = db
    .selectFrom('volunteers as v')
    .innerJoin('org_units as c', 'c.id', 'v.community_id')
    .selectAll('v')
    .select((eb) =>
      eb
        .selectFrom('activity_signups as s')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('s.service_minutes'), e.val(0)).as('n'))
        .whereRef('s.volunteer_id', '=', 'v.id')
        .where('s.status', '=', 'verified')
        .as('verified_minutes'),
    )
    .where(pathInScope('c.path', scope));
  if (teamId) q = q.where('v.team_id', '=', teamId);
  return q.orderBy('v.name').orderBy('v.id').limit(1000).execute();
}

export const insertActivity = (db: Conn, row: VolunteerActivityTable) =>
  db.insertInto('volunteer_activities').values(row).execute();
export const insertActivities = (db: Conn, rows: VolunteerActivityTable[]) =>
  db.insertInto('volunteer_activities').values(rows).execute();
export const findActivity = (db: Conn, id: string) =>
  db
    .selectFrom('volunteer_activities as a')
    .innerJoin('org_units as c', 'c.id', 'a.community_id')
    .innerJoin('volunteer_teams as t', 't.id', 'a.team_id')
    .selectAll('a')
    .select(['c.path as community_path', 't.name as team_name'])
    .where('a.id', '=', id)
    .executeTakeFirst();
export function listActivities(
  db: Conn,
  scope: OrgScope,
  filter: { communityPath?: string; teamId?: string; from?: string },
) {
  let q = db
    .selectFrom('volunteer_activities as a')
    .innerJoin('org_units as c', 'c.id', 'a.community_id')
    .innerJoin('volunteer_teams as t', 't.id', 'a.team_id')
    .selectAll('a')
    .select('t.name as team_name')
    .where(pathInScope('c.path', scope));
  if (filter.communityPath) q = q.where('c.path', 'like', `${filter.communityPath}%`);
  if (filter.teamId) q = q.where('a.team_id', '=', filter.teamId);
  if (filter.from) q = q.where('a.held_on', '>=', filter.from);
  return q.orderBy('a.held_on', 'desc').orderBy('a.id').limit(200).execute();
}
/** Activities of one community from a day on, soonest first (the public list on the residents' portal). */
export const upcomingActivitiesOf = (db: Conn, communityId: string, from: string) =>
  db
    .selectFrom('volunteer_activities as a')
    .innerJoin('volunteer_teams as t', 't.id', 'a.team_id')
    .selectAll('a')
    .select('t.name as team_name')
    .where('a.community_id', '=', communityId)
    .where('a.held_on', '>=', from)
    .orderBy('a.held_on')
    .orderBy('a.id')
    .limit(100)
    .execute();

/**
 * Takes one place if one is left: a single conditional UPDATE. Both engines evaluate the
 * condition against the committed row under the write lock, so concurrent sign-ups cannot overfill.
 */
export async function takePlace(db: Conn, activityId: string): Promise<boolean> {
  const res = await db
    .updateTable('volunteer_activities')
    .set((eb) => ({ signed_up: eb('signed_up', '+', 1) }))
    .where('id', '=', activityId)
    .whereRef('signed_up', '<', 'capacity')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const insertSignup = (db: Conn, row: ActivitySignupTable) =>
  db.insertInto('activity_signups').values(row).execute();
export const insertSignups = (db: Conn, rows: ActivitySignupTable[]) =>
  db.insertInto('activity_signups').values(rows).execute();
export const findSignup = (db: Conn, id: string) =>
  db
    .selectFrom('activity_signups as s')
    .innerJoin('volunteer_activities as a', 'a.id', 's.activity_id')
    .innerJoin('org_units as c', 'c.id', 'a.community_id')
    .innerJoin('volunteers as v', 'v.id', 's.volunteer_id')
    .selectAll('s')
    .select(['c.path as community_path', 'a.community_id', 'v.name as volunteer_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
/** Moves a sign-up on only from the status it was read in (a concurrent change makes this a no-op → 409). */
export async function moveSignup(
  db: Conn,
  id: string,
  from: SignupStatus,
  patch: Partial<ActivitySignupTable>,
): Promise<boolean> {
  const res = await db
    .updateTable('activity_signups')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
export const signupsOfActivity = (db: Conn, activityId: string) =>
  db
    .selectFrom('activity_signups as s')
    .innerJoin('volunteers as v', 'v.id', 's.volunteer_id')
    .selectAll('s')
    .select('v.name as volunteer_name')
    .where('s.activity_id', '=', activityId)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
export const signupsOfVolunteer = (db: Conn, volunteerId: string) =>
  db
    .selectFrom('activity_signups as s')
    .innerJoin('volunteer_activities as a', 'a.id', 's.activity_id')
    .innerJoin('volunteers as v', 'v.id', 's.volunteer_id')
    .selectAll('s')
    .select(['a.title', 'a.held_on', 'v.name as volunteer_name'])
    .where('s.volunteer_id', '=', volunteerId)
    .orderBy('a.held_on', 'desc')
    .execute();
export const myStatuses = async (db: Conn, volunteerId: string, activityIds: string[]) =>
  activityIds.length
    ? db
        .selectFrom('activity_signups')
        .select(['activity_id', 'status'])
        .where('volunteer_id', '=', volunteerId)
        .where('activity_id', 'in', activityIds)
        .execute()
    : [];

export const insertCertificate = (db: Conn, row: VolunteerCertificateTable) =>
  db.insertInto('volunteer_certificates').values(row).execute();
export const certificatesOf = (db: Conn, volunteerId: string) =>
  db
    .selectFrom('volunteer_certificates')
    .selectAll()
    .where('volunteer_id', '=', volunteerId)
    .orderBy('created_at', 'desc')
    .execute();
export const findCertificate = (db: Conn, number: string) =>
  db.selectFrom('volunteer_certificates').selectAll().where('number', '=', number).executeTakeFirst();

export const insertPoints = (db: Conn, row: VolunteerPointTable) =>
  db.insertInto('volunteer_points').values(row).execute();
/** A page of points entries, newest first: of one volunteer, and/or of the volunteers in a scope. */
export async function listPoints(
  db: Conn,
  filter: { scope?: OrgScope; volunteerId?: string },
  page: number,
  pageSize: number,
) {
  let q = db
    .selectFrom('volunteer_points as p')
    .innerJoin('volunteers as v', 'v.id', 'p.volunteer_id')
    .innerJoin('org_units as c', 'c.id', 'v.community_id');
  if (filter.scope) q = q.where(pathInScope('c.path', filter.scope));
  if (filter.volunteerId) q = q.where('p.volunteer_id', '=', filter.volunteerId);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('p')
    .select('v.name as volunteer_name')
    .orderBy('p.awarded_on', 'desc')
    .orderBy('p.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}
export const pointsOf = async (db: Conn, volunteerId: string) =>
  Number(
    (
      await db
        .selectFrom('volunteer_points')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('points'), eb.val(0)).as('n'))
        .where('volunteer_id', '=', volunteerId)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Months (YYYY-MM) of a year in which each team in scope held at least one activity. */
export const teamActivityMonths = (db: Conn, scope: OrgScope, year: number) =>
  db
    .selectFrom('volunteer_teams as t')
    .innerJoin('org_units as c', 'c.id', 't.community_id')
    .leftJoin('volunteer_activities as a', (j) =>
      j.onRef('a.team_id', '=', 't.id').on('a.held_on', '>=', `${year}-01-01`).on('a.held_on', '<=', `${year}-12-31`),
    )
    .select(['t.id', 't.name', 'a.held_on'])
    .where(pathInScope('c.path', scope))
    .orderBy('t.name')
    .execute();
