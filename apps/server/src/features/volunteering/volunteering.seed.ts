import { maskName } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { SeedContext, SeededCommunity } from '../../seed-context.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { addDays, today } from '../../platform/local-date.ts';
import { audited, auditedBatches } from '../audit/audit.service.ts';
import { personName } from '../../seed/people-generator.ts';
import { DEMO_YEAR as YEAR, demoDay as day, demoMonth as month } from '../../seed/demo-year.ts';
import {
  insertActivities,
  insertCertificate,
  insertSignups,
  insertTeam,
  insertVolunteers,
} from './volunteering.repo.ts';
import { certificateNumber } from './certificate.ts';
import { starLevel } from './volunteering.workflow.ts';
import type { ActivitySignupTable, VolunteerActivityTable, VolunteerTable } from './volunteering.table.ts';

const TEAM_NAMES = ['党旗红志愿服务队', '夕阳美志愿服务队', '党徽映中原志愿服务队', '拆迁不离党志愿服务队'];
const THEMES = ['dangqi_hong', 'xiyang_mei', 'danghui_zhongyuan', 'chaiqian_budang'] as const;
type Team = { id: string; community: SeededCommunity; theme: (typeof THEMES)[number] };

/**
 * Volunteering in 2015: 27 teams, 400+ volunteers (the demo volunteer among them), monthly activities with verified
 * hours (a few months missed), upcoming activities open for sign-up, and the demo volunteer's certificate.
 * Bulk-inserted through the repo, one audit record per batch (action `*.seed`).
 */
export async function seedVolunteering(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor, communities } = ctx;
  const rand = ctx.random(2016);
  const now = nowIsoOf(deps.clock);
  const path = ctx.subdistrictPath;
  const teams: Team[] = [];
  const teamRows = [];
  for (let i = 0; i < 27; i++) {
    const community = communities[i % communities.length];
    const ti = Math.floor(i / communities.length) % TEAM_NAMES.length;
    const row = {
      id: newId(),
      community_id: community.id,
      name: `${community.name.replace('社区', '')}${TEAM_NAMES[ti]}`,
      leader_name: personName(rand),
      founded_on: day(1, 1),
      created_at: now,
    };
    teamRows.push(row);
    teams.push({ id: row.id, community, theme: THEMES[ti] });
  }
  await auditedBatches(deps, actor, 'volunteer_team.seed', path, teamRows, async (db, rows) => {
    for (const r of rows) await insertTeam(db, r);
  });
  const volunteers: VolunteerTable[] = [];
  for (const team of teams)
    for (let k = 0; k < 15; k++)
      volunteers.push({
        id: newId(),
        community_id: team.community.id,
        team_id: team.id,
        user_id: null,
        name: personName(rand),
        joined_on: day(1, 1 + k),
        created_at: now,
      });
  const volunteerAccount = await ctx.actorOf('volunteer');
  const demoVolunteer = volunteerAccount
    ? {
        id: newId(),
        community_id: volunteerAccount.scopeUnitId,
        team_id: teams.find((x) => x.community.id === volunteerAccount.scopeUnitId)?.id ?? teams[0].id,
        user_id: volunteerAccount.userId,
        name: volunteerAccount.displayName,
        joined_on: day(1, 1),
        created_at: now,
      }
    : null;
  if (demoVolunteer) volunteers.push(demoVolunteer);
  await auditedBatches(deps, actor, 'volunteer.seed', path, volunteers, insertVolunteers);

  const activities: VolunteerActivityTable[] = [];
  const signups: ActivitySignupTable[] = [];
  for (const [ti, team] of teams.entries()) {
    const members = volunteers.filter((v) => v.team_id === team.id);
    for (let m = 1; m <= 12; m++) {
      if ((ti % 9 === 5 && (m === 2 || m === 7)) || (ti === 13 && m === 11)) continue; // a few teams miss months: the monthly check flags them
      const a = {
        id: newId(),
        team_id: team.id,
        community_id: team.community.id,
        title: `${month(m)} 主题志愿活动`,
        theme: team.theme,
        held_on: day(m, 12),
        place: `${team.community.name}党群服务中心`,
        capacity: 30,
        signed_up: 0,
        created_by: actor.userId,
        created_at: now,
      };
      const who = members.filter(() => rand() < 0.6);
      a.signed_up = who.length;
      activities.push(a);
      for (const v of who) {
        const minutes = 90 + Math.floor(rand() * 8) * 15;
        signups.push({
          id: newId(),
          activity_id: a.id,
          volunteer_id: v.id,
          status: 'verified',
          checked_in_at: `${a.held_on}T01:00:00.000Z`,
          checked_out_at: `${a.held_on}T05:00:00.000Z`,
          service_minutes: minutes,
          recorded_by: actor.userId,
          verified_at: `${a.held_on}T12:00:00.000Z`,
          verified_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
      }
    }
    // Upcoming activities, open for sign-up (relative to the day the demo is loaded).
    for (const ahead of [3, 10]) {
      activities.push({
        id: newId(),
        team_id: team.id,
        community_id: team.community.id,
        title: ahead === 3 ? '清洁家园志愿活动' : '关爱空巢老人志愿活动',
        theme: team.theme,
        held_on: addDays(today(deps.clock), ahead),
        place: `${team.community.name}广场`,
        capacity: 20,
        signed_up: 0,
        created_by: actor.userId,
        created_at: now,
      });
    }
  }
  await auditedBatches(deps, actor, 'volunteer_activity.seed', path, activities, insertActivities);
  await auditedBatches(deps, actor, 'volunteer_signup.seed', path, signups, insertSignups);
  if (!demoVolunteer) return;
  const minutes = signups
    .filter((s) => s.volunteer_id === demoVolunteer.id)
    .reduce((n, s) => n + (s.service_minutes ?? 0), 0);
  if (minutes <= 0) return;
  const row = {
    id: newId(),
    number: certificateNumber(String(YEAR)),
    volunteer_id: demoVolunteer.id,
    masked_name: maskName(demoVolunteer.name),
    service_minutes: minutes,
    star_level: starLevel(minutes),
    issued_on: day(12, 31),
    created_at: now,
  };
  await audited(
    deps,
    actor,
    { action: 'volunteer_certificate.issue', subjectType: 'volunteer_certificate', subjectId: row.id, orgPath: path },
    (trx) => insertCertificate(trx, row),
  );
}
