import { sql } from 'kysely';
import type { LeafContext, ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter codes the volunteering module bumps in its write transactions. */
export const ACTIVITIES = 'party_life.volunteer_activities';
export const VERIFIED_MINUTES = 'party_life.verified_minutes';

const n = sql<number>`count(*)`.as('n');
const perCommunity = (rows: { community_id: string; n: number | string }[]) =>
  rows.map((r) => ({ unitId: r.community_id, value: Number(r.n) }));

/** Stock of a community register (teams, volunteers): rows per community dated up to the period's end. */
const teamsUpTo = async (ctx: LeafContext) =>
  perCommunity(
    await ctx.deps.db
      .selectFrom('volunteer_teams')
      .select(['community_id', n])
      .where('founded_on', '<=', ctx.to)
      .groupBy('community_id')
      .execute(),
  );
const volunteersUpTo = async (ctx: LeafContext) =>
  perCommunity(
    await ctx.deps.db
      .selectFrom('volunteers')
      .select(['community_id', n])
      .where('joined_on', '<=', ctx.to)
      .groupBy('community_id')
      .execute(),
  );
const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The volunteering module's figures: teams, volunteers, activities and verified hours. */
export const volunteeringFigures: ModuleFigures = {
  module: 'volunteering',
  counters: [
    {
      code: ACTIVITIES,
      recount: (db) =>
        db.selectFrom('volunteer_activities').select(['community_id as unit_id', 'held_on as at']).execute(),
    },
    {
      code: VERIFIED_MINUTES,
      recount: (db) =>
        db
          .selectFrom('activity_signups as s')
          .innerJoin('volunteer_activities as a', 'a.id', 's.activity_id')
          .select(['a.community_id as unit_id', 's.verified_at as at', 's.service_minutes as amount'])
          .where('s.status', '=', 'verified')
          .execute(),
    },
  ],
  indicators: [
    {
      code: 'party_life.volunteer_teams',
      module: 'party_life',
      unit: 'count',
      period: 'stock',
      name: { zh: '志愿服务队数', en: 'Volunteer teams' },
      definition: { zh: '期末已成立的志愿服务队数', en: 'Volunteer teams founded by the end of the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: teamsUpTo },
    },
    {
      code: 'party_life.volunteers',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '注册志愿者人数', en: 'Volunteers' },
      definition: { zh: '期末已加入的志愿者人数', en: 'Volunteers who had joined by the end of the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: volunteersUpTo },
    },
    {
      code: 'party_life.volunteer_activities',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '志愿服务活动次数', en: 'Volunteer activities' },
      definition: { zh: '期内举办的志愿服务活动次数', en: 'Volunteer activities held in the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: ACTIVITIES },
    },
    {
      code: 'party_life.volunteer_hours',
      module: 'party_life',
      unit: 'hours',
      period: 'flow',
      name: { zh: '志愿服务时长', en: 'Verified volunteer hours' },
      definition: { zh: '期内经核实的志愿服务时长（小时）', en: 'Volunteer service hours verified in the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: VERIFIED_MINUTES, scale: 60 },
    },
  ],
};
