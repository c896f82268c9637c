import type { FundKind } from '@jishi/shared';
import { areaFigures } from '../../premises/premises.stats.ts';
import type { Conn } from '../../../db/schema.ts';
import type { IndicatorModule, LeafContext } from '../indicators.types.ts';
import { amountCellsFrom, cellsFrom } from './recount.ts';
import { leavesOf, shared } from './leaves.ts';

/** Counter codes the funds and service-request modules bump in their write transactions. */
export const CONSTRUCTION_FUND_FEN = 'services.construction_fund_fen';
export const PARTY_FUND_FEN = 'services.party_fund_fen';
export const REQUESTS_HANDLED = 'services.requests_handled';
export const REQUESTS_RATED = 'services.requests_rated';
export const RATING_POINTS = 'services.rating_points';

/** The fund counter a kind of allocation adds to (none for the other kinds). */
export const fundCounterOf = (kind: string): string | null =>
  kind === 'community_construction' ? CONSTRUCTION_FUND_FEN : kind === 'party_building' ? PARTY_FUND_FEN : null;

const fundCells = async (db: Conn, kind: FundKind) =>
  amountCellsFrom(
    await db
      .selectFrom('fund_allocations')
      .select(['recipient_unit_id as unit_id', 'allocated_on as at', 'amount_fen as amount'])
      .where('kind', '=', kind)
      .execute(),
  );

/**
 * Service area is the state of a small registry (a few premises and completed projects per community): read live
 * through the premises module's own figures, per community, as decision 0023 allows for stocks.
 */
type AreaFigures = Awaited<ReturnType<typeof areaFigures>>;
const area = async (ctx: LeafContext, pick: (c: AreaFigures['communities'][number]) => number) => {
  const figures = await shared(ctx, 'services.area', () => areaFigures(ctx.deps.db, ctx.scope, ctx.from, ctx.to));
  return leavesOf(
    ctx,
    figures.communities.map((c) => ({ unitId: c.unitId, value: pick(c) })),
  );
};

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

export const servicesIndicators: IndicatorModule = {
  module: 'services',
  title: { zh: '服务阵地与为民服务', en: 'Service positions and services' },
  counters: [
    { code: CONSTRUCTION_FUND_FEN, recount: (db) => fundCells(db, 'community_construction') },
    { code: PARTY_FUND_FEN, recount: (db) => fundCells(db, 'party_building') },
    {
      code: REQUESTS_HANDLED,
      recount: async (db) =>
        cellsFrom(
          await db
            .selectFrom('service_requests')
            .select(['unit_id', 'done_at as at'])
            .where('done_at', 'is not', null)
            .execute(),
        ),
    },
    {
      code: REQUESTS_RATED,
      recount: async (db) =>
        cellsFrom(
          await db
            .selectFrom('service_requests')
            .select(['unit_id', 'done_at as at'])
            .where('done_at', 'is not', null)
            .where('rating', 'is not', null)
            .execute(),
        ),
    },
    {
      code: RATING_POINTS,
      recount: async (db) =>
        amountCellsFrom(
          await db
            .selectFrom('service_requests')
            .select(['unit_id', 'done_at as at', 'rating as amount'])
            .where('done_at', 'is not', null)
            .where('rating', 'is not', null)
            .execute(),
        ),
    },
  ],
  indicators: [
    {
      code: 'services.area',
      module: 'services',
      unit: 'm2',
      period: 'stock',
      name: { zh: '服务阵地总面积', en: 'Total service area' },
      definition: {
        zh: '期末在用的社区综合服务用房面积（含期内竣工项目新增面积）',
        en: 'Floor area of community service premises in use at the end of the period, completed projects included',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: (ctx) => area(ctx, (c) => c.areaM2) },
    },
    {
      code: 'services.area_added',
      module: 'services',
      unit: 'm2',
      period: 'flow',
      name: { zh: '新增服务阵地面积', en: 'Service area added' },
      definition: {
        zh: '期内投入使用的用房和竣工项目新增的面积',
        en: 'Area of premises brought into use and of projects completed in the period',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: (ctx) => area(ctx, (c) => c.addedM2) },
    },
    {
      code: 'services.communities',
      module: 'services',
      unit: 'count',
      period: 'stock',
      name: { zh: '城市社区数', en: 'Urban communities' },
      definition: {
        zh: '期末在册的城市社区数（不含村）',
        en: 'Urban communities in force at the end of the period (villages excluded)',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: (ctx) => area(ctx, () => 1) },
    },
    {
      code: 'services.large_communities',
      module: 'services',
      unit: 'count',
      period: 'stock',
      name: { zh: '服务用房达1000平方米的社区数', en: 'Communities with at least 1,000 m²' },
      definition: {
        zh: '期末服务阵地面积不少于1000平方米的城市社区数',
        en: 'Urban communities whose service area is at least 1,000 m² at the end of the period',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: (ctx) => area(ctx, (c) => (c.meetsTarget ? 1 : 0)) },
    },
    {
      code: 'services.large_share',
      module: 'services',
      unit: 'share',
      period: 'stock',
      name: { zh: '服务用房达标社区比例', en: 'Share of communities with at least 1,000 m²' },
      definition: {
        zh: '服务用房达1000平方米的社区数 ÷ 城市社区数',
        en: 'Communities with at least 1,000 m² divided by urban communities',
      },
      scopeRule: { zh: '街道', en: 'Subdistrict' },
      levels: ['subdistrict'],
      source: {
        kind: 'ratio',
        numerator: 'services.large_communities',
        denominator: 'services.communities',
        decimals: 3,
      },
    },
    {
      code: 'services.construction_fund',
      module: 'services',
      unit: 'yuan',
      period: 'flow',
      name: { zh: '社区建设专项经费', en: 'Community-construction special fund' },
      definition: {
        zh: '期内下拨到社区（村）的社区建设专项经费（元）',
        en: 'Community-construction special fund allocated to communities and villages in the period (yuan)',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: CONSTRUCTION_FUND_FEN, scale: 100 },
    },
    {
      code: 'services.party_fund',
      module: 'services',
      unit: 'yuan',
      period: 'flow',
      name: { zh: '党建专项经费', en: 'Party-building special fund' },
      definition: {
        zh: '期内下拨到社区（村）的党建工作专项经费（元）',
        en: 'Party-building special fund allocated to communities and villages in the period (yuan)',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: PARTY_FUND_FEN, scale: 100 },
    },
    {
      code: 'services.requests_handled',
      module: 'services',
      unit: 'count',
      period: 'flow',
      name: { zh: '办结服务诉求数', en: 'Service requests handled' },
      definition: {
        zh: '期内办结（完成服务）的居民服务诉求件数',
        en: "Residents' service requests completed in the period",
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: REQUESTS_HANDLED },
    },
    {
      code: 'services.requests_rated',
      module: 'services',
      unit: 'count',
      period: 'flow',
      name: { zh: '已评价诉求数', en: 'Handled requests rated' },
      definition: {
        zh: '期内办结并已由居民评价的诉求件数',
        en: 'Requests completed in the period and rated by the resident',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: REQUESTS_RATED },
    },
    {
      code: 'services.rating_points',
      module: 'services',
      unit: 'rating',
      period: 'flow',
      name: { zh: '评价总分', en: 'Rating points' },
      definition: {
        zh: '期内办结诉求的居民评分之和（1–5分）',
        en: "Sum of the residents' ratings (1–5) of requests completed in the period",
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: RATING_POINTS },
    },
    {
      code: 'services.satisfaction',
      module: 'services',
      unit: 'rating',
      period: 'flow',
      name: { zh: '群众满意度（平均评分）', en: 'Satisfaction (average rating)' },
      definition: {
        zh: '评价总分 ÷ 已评价诉求数（满分5分）',
        en: 'Rating points divided by rated requests (out of 5)',
      },
      scopeRule: COMMUNITY,
      source: {
        kind: 'ratio',
        numerator: 'services.rating_points',
        denominator: 'services.requests_rated',
        decimals: 2,
      },
    },
  ],
};
