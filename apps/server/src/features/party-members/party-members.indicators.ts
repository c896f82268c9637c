import type { ModuleFigures } from '../indicators/indicators.types.ts';
import { membersPerTerritoryAt } from './party-members.stats.ts';

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The Party members module's figures: members on the branches' rolls at the period's end. */
export const partyMembersFigures: ModuleFigures = {
  module: 'party-members',
  counters: [],
  indicators: [
    {
      code: 'party_life.members',
      module: 'party_life',
      unit: 'persons',
      period: 'stock',
      name: { zh: '党员人数', en: 'Party members' },
      definition: { zh: '期末各支部在册党员人数', en: 'Members on the rolls of the branches at the end of the period' },
      scopeRule: COMMUNITY,
      source: { kind: 'leaves', load: (ctx) => membersPerTerritoryAt(ctx.deps.db, ctx.to) },
    },
  ],
};
