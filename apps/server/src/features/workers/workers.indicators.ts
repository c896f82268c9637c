import type { LeafContext, ModuleFigures } from '../indicators/indicators.types.ts';
import { isSunkCadre } from './workers.service.ts';
import { workersPerUnitAt } from './workers.stats.ts';

type WorkerCount = Awaited<ReturnType<typeof workersPerUnitAt>>[number];

const workers = async (ctx: LeafContext, keep: (w: WorkerCount) => boolean) =>
  (await ctx.shared('workers.per_unit', () => workersPerUnitAt(ctx.deps, ctx.scope, ctx.to)))
    .filter(keep)
    .map((w) => ({ unitId: w.unitId, value: w.count }));

const inCommunity = (w: WorkerCount) => w.unitKind === 'community' || w.unitKind === 'village';

/** The workers module's figures: staff in communities, agency staff and sunk cadres (live: a small registry). */
export const workersFigures: ModuleFigures = {
  module: 'workers',
  counters: [],
  indicators: [
    {
      code: 'workers.community_staff',
      module: 'workers',
      unit: 'persons',
      period: 'stock',
      name: { zh: '社区工作人员数', en: 'Community staff' },
      definition: {
        zh: '期末在社区（村）工作的人员数，含下沉干部',
        en: 'People working in communities and villages at the end of the period, sunk cadres included',
      },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      target: { op: 'gt', value: 20, text: { zh: '每个社区超过20人', en: 'More than 20 in every community' } },
      levels: ['subdistrict', 'community'],
      source: { kind: 'leaves', load: (ctx) => workers(ctx, inCommunity) },
    },
    {
      code: 'workers.per_community',
      module: 'workers',
      unit: 'per_community',
      period: 'stock',
      name: { zh: '社区平均工作人员数', en: 'Staff per community' },
      definition: {
        zh: '社区工作人员数 ÷ 社区（村）数',
        en: 'Community staff divided by the number of communities and villages',
      },
      scopeRule: { zh: '街道', en: 'Subdistrict' },
      target: { op: 'gt', value: 20, text: { zh: '超过20人', en: 'More than 20' } },
      levels: ['subdistrict'],
      source: {
        kind: 'ratio',
        numerator: 'workers.community_staff',
        denominator: 'territory.communities',
        decimals: 1,
      },
    },
    {
      code: 'workers.agency_staff',
      module: 'workers',
      unit: 'persons',
      period: 'stock',
      name: { zh: '街道机关干部数', en: 'Subdistrict agency staff' },
      definition: {
        zh: '编制在街道机关的干部人数（含下沉到社区的）',
        en: 'Staff on the subdistrict agency establishment, those sunk to communities included',
      },
      scopeRule: { zh: '街道', en: 'Subdistrict' },
      levels: ['subdistrict'],
      source: { kind: 'leaves', load: (ctx) => workers(ctx, (w) => w.origin === 'agency') },
    },
    {
      code: 'workers.sunk_cadres',
      module: 'workers',
      unit: 'persons',
      period: 'stock',
      name: { zh: '下沉干部数', en: 'Sunk cadres' },
      definition: { zh: '机关干部中下沉到社区（村）工作的人数', en: 'Agency staff working in a community or village' },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      levels: ['subdistrict', 'community'],
      source: { kind: 'leaves', load: (ctx) => workers(ctx, (w) => isSunkCadre(w.origin, w.unitKind)) },
    },
    {
      code: 'workers.sunk_share',
      module: 'workers',
      unit: 'share',
      period: 'stock',
      name: { zh: '下沉干部占机关干部比例', en: 'Share of agency staff sunk' },
      definition: { zh: '下沉干部数 ÷ 街道机关干部数', en: 'Sunk cadres divided by agency staff' },
      scopeRule: { zh: '街道', en: 'Subdistrict' },
      levels: ['subdistrict'],
      source: { kind: 'ratio', numerator: 'workers.sunk_cadres', denominator: 'workers.agency_staff', decimals: 3 },
    },
  ],
};
