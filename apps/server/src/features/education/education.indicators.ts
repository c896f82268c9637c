import type { ModuleFigures } from '../indicators/indicators.types.ts';
import { membersPerTerritoryAt } from '../party-members/party-members.stats.ts';

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The education module's figures: members who completed a course (counted by the Party members module) and the coverage. */
export const educationFigures: ModuleFigures = {
  module: 'education',
  counters: [],
  indicators: [
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
        load: (ctx) =>
          membersPerTerritoryAt(
            ctx.deps.db,
            ctx.to,
            ctx.deps.db
              .selectFrom('learning_records')
              .select('member_id')
              .where('completed', '=', 1)
              .where('created_at', '<=', `${ctx.to}T23:59:59.999Z`),
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
  ],
};
