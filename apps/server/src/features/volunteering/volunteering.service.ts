import type { ActivityCreateInput, TeamCreateInput, VolunteerCreateInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, inScope } from '../../platform/authorize.ts';
import { newId } from '../../platform/ids.ts';
import { audited } from '../audit/audit.service.ts';
import { ownCommunity, requireCommunity } from '../territory/territory.service.ts';
import type { VolunteerActivityTable } from './volunteering.table.ts';
import { starLevel } from './volunteering.workflow.ts';
import { activityToView, signupToView } from './volunteering.view.ts';
import * as repo from './volunteering.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { ACTIVITIES } from './volunteering.indicators.ts';
import { requirePublicCommunity } from '../brands/brands.service.ts';
import { today } from '../../platform/local-date.ts';
import { nowIsoOf } from '../../platform/clock.ts';

export async function createTeam(deps: Deps, actor: Actor, input: TeamCreateInput) {
  authorize(actor, 'volunteer:write');
  const community = await requireCommunity(deps.db, actor, input.communityId, { at: ['body', 'communityId'] });
  const row = {
    id: newId(),
    community_id: community.id,
    name: input.name,
    leader_name: input.leaderName,
    founded_on: input.foundedOn,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    { action: 'volunteer_team.create', subjectType: 'volunteer_team', subjectId: row.id, orgPath: community.path },
    (trx) => repo.insertTeam(trx, row),
  );
  return {
    id: row.id,
    communityId: row.community_id,
    name: row.name,
    leaderName: row.leader_name,
    foundedOn: row.founded_on,
    volunteers: 0,
  };
}

export async function listTeams(deps: Deps, actor: Actor) {
  authorize(actor, 'volunteer:read');
  const rows = await repo.listTeams(deps.db, actor.scope);
  return {
    items: rows.map((t) => ({
      id: t.id,
      communityId: t.community_id,
      name: t.name,
      leaderName: t.leader_name,
      foundedOn: t.founded_on,
      volunteers: Number(t.volunteers ?? 0),
    })),
  };
}

const requireTeam = async (deps: Deps, actor: Actor, id: string) =>
  inScope(actor, await repo.findTeam(deps.db, id), (t) => t.community_path);

export async function addVolunteer(deps: Deps, actor: Actor, input: VolunteerCreateInput) {
  authorize(actor, 'volunteer:write');
  const team = await requireTeam(deps, actor, input.teamId);
  const row = {
    id: newId(),
    community_id: team.community_id,
    team_id: team.id,
    user_id: input.userId ?? null,
    name: input.name,
    joined_on: input.joinedOn,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'volunteer.add',
      subjectType: 'volunteer',
      subjectId: row.id,
      orgPath: team.community_path,
      changes: { teamId: team.id },
    },
    (trx) => repo.insertVolunteer(trx, row),
  );
  return { id: row.id, teamId: row.team_id, name: row.name, joinedOn: row.joined_on, verifiedMinutes: 0, starLevel: 0 };
}

export async function listVolunteers(deps: Deps, actor: Actor, teamId?: string) {
  authorize(actor, 'volunteer:read');
  if (teamId) await requireTeam(deps, actor, teamId);
  const rows = await repo.listVolunteers(deps.db, actor.scope, teamId);
  return {
    items: rows.map((v) => ({
      id: v.id,
      teamId: v.team_id,
      name: v.name,
      joinedOn: v.joined_on,
      verifiedMinutes: Number(v.verified_minutes ?? 0),
      starLevel: starLevel(Number(v.verified_minutes ?? 0)),
    })),
  };
}

export async function createActivity(deps: Deps, actor: Actor, input: ActivityCreateInput) {
  authorize(actor, 'volunteer:write');
  const team = await requireTeam(deps, actor, input.teamId);
  const row: VolunteerActivityTable = {
    id: newId(),
    team_id: team.id,
    community_id: team.community_id,
    title: input.title,
    theme: input.theme,
    held_on: input.heldOn,
    place: input.place,
    capacity: input.capacity,
    signed_up: 0,
    created_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'volunteer_activity.create',
      subjectType: 'volunteer_activity',
      subjectId: row.id,
      orgPath: team.community_path,
      changes: { heldOn: row.held_on, capacity: row.capacity },
    },
    async (trx) => {
      await repo.insertActivity(trx, row);
      await bumpCounter(trx, ACTIVITIES, row.community_id, row.held_on);
    },
  );
  return activityToView({ ...row, team_name: team.name });
}

export async function listActivities(
  deps: Deps,
  actor: Actor,
  query: { communityId?: string; teamId?: string; from?: string },
) {
  authorize(actor, 'volunteer:read');
  const communityPath = query.communityId
    ? (await requireCommunity(deps.db, actor, query.communityId, { at: ['query', 'communityId'], inForce: false })).path
    : undefined;
  return {
    items: (await repo.listActivities(deps.db, actor.scope, { ...query, communityPath })).map((a) => activityToView(a)),
  };
}

/** Upcoming activities of a community for anyone (the residents' portal): no sign-in, no names; signing up stays `volunteer:self`. */
export async function publicActivities(deps: Deps, communityId: string) {
  const community = await requirePublicCommunity(deps, communityId);
  return {
    items: (await repo.upcomingActivitiesOf(deps.db, community.id, today(deps.clock))).map((a) => activityToView(a)),
  };
}

const requireActivity = async (deps: Deps, actor: Actor, id: string) =>
  inScope(actor, await repo.findActivity(deps.db, id), (a) => a.community_path);

export async function activitySignups(deps: Deps, actor: Actor, activityId: string) {
  authorize(actor, 'volunteer:read');
  await requireActivity(deps, actor, activityId);
  return { items: (await repo.signupsOfActivity(deps.db, activityId)).map(signupToView) };
}

/** The caller's volunteer profile, created on first use (in the community of the activity they sign up for, else their own). */
async function ownVolunteer(deps: Deps, actor: Actor, create: boolean, communityId?: string) {
  const existing = await repo.volunteerOfUser(deps.db, actor.userId);
  if (existing || !create) return existing ?? null;
  const community = await ownCommunity(deps.db, actor, communityId);
  const row = {
    id: newId(),
    community_id: community.id,
    team_id: null,
    user_id: actor.userId,
    name: actor.displayName,
    joined_on: today(deps.clock),
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    { action: 'volunteer.self_register', subjectType: 'volunteer', subjectId: row.id, orgPath: community.path },
    (trx) => repo.insertVolunteer(trx, row),
  );
  return row;
}

export async function myActivities(deps: Deps, actor: Actor) {
  authorize(actor, 'volunteer:self');
  const rows = await repo.listActivities(deps.db, actor.scope, { from: today(deps.clock) });
  const me = await ownVolunteer(deps, actor, false);
  const mine = new Map(
    me
      ? (
          await repo.myStatuses(
            deps.db,
            me.id,
            rows.map((r) => r.id),
          )
        ).map((s) => [s.activity_id, s.status])
      : [],
  );
  return { items: rows.map((a) => activityToView(a, mine.get(a.id) ?? null)) };
}

export { ownVolunteer, requireActivity };
