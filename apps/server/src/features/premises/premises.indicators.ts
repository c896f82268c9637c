import type { LeafContext, ModuleFigures } from '../indicators/indicators.types.ts';
import { areaFigures } from './premises.stats.ts';

/**
 * Service area is the state of a small registry (a few premises and completed projects per community): read live
 * through the premises module's own figures, per community, as decision 0023 allows for stocks.
 */
type AreaFigures = Awaited<ReturnType<typeof areaFigures>>;
const area = async (ctx: LeafContext, pick: (c: AreaFigures['communities'][number]) => number) => {
  const figures = await ctx.shared('services.area', () => areaFigures(ctx.deps.db, ctx.scope, ctx.from, ctx.to));
  return figures.communities.map((c) => ({ unitId: c.unitId, value: pick(c) }));
};

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The premises module's figures: service area, its additions and the communities reaching 1,000 m². */
export const premisesFigures: ModuleFigures = {
  module: 'premises',
  counters: [],
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
  ],
};
