import type { LeafContext, ModuleFigures } from '../indicators/indicators.types.ts';
import { orgLifeSlots } from './party-life.stats.ts';

/** Per branch (on its territory): the 三会一课 slots held in the period, or the slots owed. */
async function orgLife(ctx: LeafContext, what: 'held' | 'required') {
  const rows = await ctx.shared('party_life.org_life', () => orgLifeSlots(ctx.deps.db, ctx.from, ctx.to));
  return rows.map((b) => ({ unitId: b.territoryId, value: b[what] }));
}

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The party-life module's figures: 三会一课 held on schedule, owed, and the completion rate. */
export const partyLifeFigures: ModuleFigures = {
  module: 'party-life',
  counters: [],
  indicators: [
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
