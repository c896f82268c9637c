import { sql } from 'kysely';
import { orgLifeSlots } from '../../party-life/party-life.stats.ts';
import type { IndicatorModule, LeafContext } from '../indicators.types.ts';
import { amountCellsFrom, cellsFrom } from './recount.ts';
import { leavesOf, shared } from './leaves.ts';

/** Counter codes the trainings, volunteering and good-deeds modules bump in their write transactions. */
export const TRAININGS = 'party_life.trainings';
export const STUDY_VISITS = 'party_life.study_visits';
export const ACTIVITIES = 'party_life.volunteer_activities';
export const VERIFIED_MINUTES = 'party_life.verified_minutes';
export const GOOD_DEEDS = 'party_life.good_deeds';

/** The training counter a kind adds to: study visits (考察学习) apart from all other trainings. */
export const trainingCounterOf = (kind: string): string => (kind === 'study_visit' ? STUDY_VISITS : TRAININGS);

/** Count per unit from a `(unit_id, n)` aggregate. */
const leaves = (ctx: LeafContext, rows: { unit_id: string; n: number | string }[]) =>
  leavesOf(
    ctx,
    rows.map((r) => ({ unitId: r.unit_id, value: Number(r.n) })),
  );
const n = sql<number>`count(*)`.as('n');

/** Stock of a community register (in-service members, teams, volunteers): rows per community dated up to the period's end. */
const registeredUpTo =
  (table: 'in_service_members' | 'volunteer_teams' | 'volunteers', dateColumn: string) => async (ctx: LeafContext) => {
    const { rows } = await sql<{
      unit_id: string;
      n: number;
    }>`SELECT community_id AS unit_id, count(*) AS n FROM ${sql.table(table)}
    WHERE ${sql.ref(dateColumn)} <= ${ctx.to} GROUP BY community_id`.execute(ctx.deps.db);
    return leaves(ctx, rows);
  };

/** Per branch (on its territory): the 三会一课 slots held in the period, or the slots owed (the party-life module's statistic). */
async function orgLife(ctx: LeafContext, what: 'held' | 'required') {
  const rows = await shared(ctx, 'party_life.org_life', () => orgLifeSlots(ctx.deps.db, ctx.from, ctx.to));
  return leavesOf(
    ctx,
    rows.map((b) => ({ unitId: b.territoryId, value: b[what] })),
  );
}

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };
const WITH_GRIDS = { zh: '街道、社区、网格', en: 'Subdistrict, community, grid' };

export const partyLifeIndicators: IndicatorModule = {
  module: 'party_life',
  title: { zh: '党员队伍与志愿服务', en: 'Party members and volunteers' },
  counters: [
    {
      code: TRAININGS,
      recount: async (db) =>
        cellsFrom(
          await db
            .selectFrom('trainings')
            .select(['unit_id', 'held_on as at'])
            .where('kind', '!=', 'study_visit')
            .execute(),
        ),
    },
    {
      code: STUDY_VISITS,
      recount: async (db) =>
        cellsFrom(
          await db
            .selectFrom('trainings')
            .select(['unit_id', 'held_on as at'])
            .where('kind', '=', 'study_visit')
            .execute(),
        ),
    },
    {
      code: ACTIVITIES,
      recount: async (db) =>
        cellsFrom(
          await db.selectFrom('volunteer_activities').select(['community_id as unit_id', 'held_on as at']).execute(),
        ),
    },
    {
      code: VERIFIED_MINUTES,
      recount: async (db) =>
        amountCellsFrom(
          await db
            .selectFrom('activity_signups as s')
            .innerJoin('volunteer_activities as a', 'a.id', 's.activity_id')
            .select(['a.community_id as unit_id', 's.verified_at as at', 's.service_minutes as amount'])
            .where('s.status', '=', 'verified')
            .execute(),
        ),
    },
    {
      code: GOOD_DEEDS,
      recount: async (db) =>
        cellsFrom(await db.selectFrom('good_deeds').select(['community_id as unit_id', 'done_on as at']).execute()),
    },
  ],
  indicators: [
    {
      code: 'party_life.trainings',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '培训班次', en: 'Trainings' },
      definition: {
        zh: '期内举办的岗前、在职、以会代训和业务培训班次（不含考察学习）',
        en: 'Pre-job, in-service, meeting-as-training and business trainings held in the period (study visits apart)',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: TRAININGS },
    },
    {
      code: 'party_life.study_visits',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '外出考察学习次数', en: 'Study visits' },
      definition: { zh: '期内组织的外出考察学习次数', en: 'Study visits organised in the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: STUDY_VISITS },
    },
    {
      code: 'party_life.in_service_members',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '在职党员报到人数', en: 'In-service members registered' },
      definition: {
        zh: '期末已到社区报到的在职党员人数',
        en: 'In-service Party members registered with a community by the end of the period',
      },
      scopeRule: WITH_GRIDS,
      source: { kind: 'leaves', load: registeredUpTo('in_service_members', 'registered_on') },
    },
    {
      code: 'party_life.volunteer_teams',
      module: 'party_life',
      unit: 'count',
      period: 'stock',
      name: { zh: '志愿服务队数', en: 'Volunteer teams' },
      definition: { zh: '期末已成立的志愿服务队数', en: 'Volunteer teams founded by the end of the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: registeredUpTo('volunteer_teams', 'founded_on') },
    },
    {
      code: 'party_life.volunteers',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '注册志愿者人数', en: 'Volunteers' },
      definition: { zh: '期末已加入的志愿者人数', en: 'Volunteers who had joined by the end of the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: registeredUpTo('volunteers', 'joined_on') },
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
    {
      code: 'party_life.good_deeds',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '好人好事件数', en: 'Good deeds' },
      definition: {
        zh: '期内登记的党员、志愿者好人好事件数',
        en: 'Good deeds by members and volunteers recorded in the period',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: GOOD_DEEDS },
    },
    {
      code: 'party_life.needy_households',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '困难群众数', en: 'Needy residents' },
      definition: { zh: '当前登记为困难群众的在册居民数', en: 'Registered residents currently marked as needy' },
      scopeRule: WITH_GRIDS,
      source: {
        kind: 'leaves',
        load: async (ctx) =>
          leaves(
            ctx,
            await ctx.deps.db
              .selectFrom('residents')
              .select(['grid_id as unit_id', n])
              .where('is_needy', '=', 1)
              .where('removed_at', 'is', null)
              .groupBy('grid_id')
              .execute(),
          ),
      },
    },
    {
      code: 'party_life.needy_paired',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '已结对困难群众数', en: 'Needy residents paired' },
      definition: {
        zh: '期末已有党员结对帮扶的困难群众数',
        en: 'Needy residents with a Party member paired to help them by the end of the period',
      },
      scopeRule: WITH_GRIDS,
      source: {
        kind: 'leaves',
        load: async (ctx) =>
          leaves(
            ctx,
            await ctx.deps.db
              .selectFrom('residents as r')
              .select(['r.grid_id as unit_id', n])
              .where('r.is_needy', '=', 1)
              .where('r.removed_at', 'is', null)
              .where((eb) =>
                eb.exists(
                  eb
                    .selectFrom('pairings as p')
                    .select('p.id')
                    .whereRef('p.target_resident_id', '=', 'r.id')
                    .where('p.started_on', '<=', ctx.to),
                ),
              )
              .groupBy('r.grid_id')
              .execute(),
          ),
      },
    },
    {
      code: 'party_life.pairing_coverage',
      module: 'party_life',
      unit: 'share',
      period: 'stock',
      name: { zh: '结对帮扶覆盖率', en: 'Pairing coverage' },
      definition: { zh: '已结对困难群众数 ÷ 困难群众数', en: 'Needy residents paired divided by needy residents' },
      scopeRule: WITH_GRIDS,
      source: {
        kind: 'ratio',
        numerator: 'party_life.needy_paired',
        denominator: 'party_life.needy_households',
        decimals: 3,
      },
    },
    {
      code: 'party_life.members',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '党员人数', en: 'Party members' },
      definition: { zh: '期末各支部在册党员人数', en: 'Members on the rolls of the branches at the end of the period' },
      scopeRule: COMMUNITY,
      source: {
        kind: 'leaves',
        load: async (ctx) =>
          leaves(
            ctx,
            await ctx.deps.db
              .selectFrom('party_members as m')
              .innerJoin('party_orgs as b', 'b.id', 'm.branch_id')
              .select(['b.territory_id as unit_id', n])
              .where('m.join_date', '<=', ctx.to)
              .groupBy('b.territory_id')
              .execute(),
          ),
      },
    },
    {
      code: 'party_life.members_learning',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '完成学习的党员人数', en: 'Members who completed a course' },
      definition: {
        zh: '期末已完成至少一门学习课程的党员人数',
        en: 'Members who had completed at least one course by the end of the period',
      },
      scopeRule: COMMUNITY,
      source: {
        kind: 'leaves',
        load: async (ctx) =>
          leaves(
            ctx,
            await ctx.deps.db
              .selectFrom('party_members as m')
              .innerJoin('party_orgs as b', 'b.id', 'm.branch_id')
              .select(['b.territory_id as unit_id', n])
              .where('m.join_date', '<=', ctx.to)
              .where((eb) =>
                eb.exists(
                  eb
                    .selectFrom('learning_records as l')
                    .select('l.id')
                    .whereRef('l.member_id', '=', 'm.id')
                    .where('l.completed', '=', 1)
                    .where('l.created_at', '<=', `${ctx.to}T23:59:59.999Z`),
                ),
              )
              .groupBy('b.territory_id')
              .execute(),
          ),
      },
    },
    {
      code: 'party_life.education_coverage',
      module: 'party_life',
      unit: 'share',
      period: 'stock',
      name: { zh: '党员教育覆盖率', en: 'Education coverage' },
      definition: {
        zh: '完成学习的党员人数 ÷ 党员人数',
        en: 'Members who completed a course divided by Party members',
      },
      scopeRule: COMMUNITY,
      source: {
        kind: 'ratio',
        numerator: 'party_life.members_learning',
        denominator: 'party_life.members',
        decimals: 3,
      },
    },
    {
      code: 'party_life.org_life_held',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '按期召开的组织生活次数', en: 'Organisational-life meetings held on schedule' },
      definition: {
        zh: '各支部期内按规定频次召开的"三会一课"及组织生活（每类每期计一次）',
        en: 'Required 三会一课 and other organisational-life slots (one per kind and period) the branches held',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: (ctx) => orgLife(ctx, 'held') },
    },
    {
      code: 'party_life.org_life_required',
      module: 'party_life',
      unit: 'count',
      period: 'flow',
      name: { zh: '应召开的组织生活次数', en: 'Organisational-life meetings required' },
      definition: {
        zh: '支部数 × 期内各类组织生活的规定期数',
        en: 'Branches × the required periods of each kind of organisational life in the period',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: (ctx) => orgLife(ctx, 'required') },
    },
    {
      code: 'party_life.org_life_completion',
      module: 'party_life',
      unit: 'share',
      period: 'flow',
      name: { zh: '"三会一课"完成率', en: '三会一课 completion' },
      definition: {
        zh: '按期召开的组织生活次数 ÷ 应召开的组织生活次数',
        en: 'Meetings held on schedule divided by meetings required',
      },
      scopeRule: COMMUNITY,
      source: {
        kind: 'ratio',
        numerator: 'party_life.org_life_held',
        denominator: 'party_life.org_life_required',
        decimals: 3,
      },
    },
  ],
};
