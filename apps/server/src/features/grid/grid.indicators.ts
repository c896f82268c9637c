import { sql } from 'kysely';
import type { LeafContext, ModuleFigures } from '../indicators/indicators.types.ts';
import { today, daysBetween } from '../../platform/local-date.ts';

/** Counter codes the grid module bumps in its case transactions. */
export const CASES_REGISTERED = 'grid.cases_registered';
export const MEDIATION_SESSIONS = 'grid.mediation_sessions';
export const MEDIATION_AGREEMENTS = 'grid.mediation_agreements';
export const CASES_RESOLVED = 'grid.cases_resolved';
export const CASES_RESOLVED_AT_GRID = 'grid.cases_resolved_at_grid';

/** Days of [from, to] up to today (a report cannot be expected for a day not yet come). */
export function reportDays(from: string, to: string, today: string): number {
  const end = to < today ? to : today;
  if (end < from) return 0;
  return daysBetween(from, end) + 1;
}

/** Reports received per grid: the grid-level rows of `grid_report_rollups`, kept in each report's transaction. */
async function reportsPerGrid(ctx: LeafContext) {
  const rows = await ctx.deps.db
    .selectFrom('grid_report_rollups as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .select(['r.unit_id', sql<number>`sum(r.reports)`.as('n')])
    .where('u.kind', 'in', ['grid', 'micro_grid'])
    .where('r.report_date', '>=', ctx.from)
    .where('r.report_date', '<=', ctx.to)
    .groupBy('r.unit_id')
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, value: Number(r.n) }));
}

async function expectedReports(ctx: LeafContext) {
  const days = reportDays(ctx.from, ctx.to, today(ctx.deps.clock));
  const grids = (await ctx.unitsInForce()).filter((u) => u.kind === 'grid');
  return grids.map((g) => ({ unitId: g.id, value: days }));
}

const ALL_LEVELS = { zh: '街道、社区、网格', en: 'Subdistrict, community, grid' };

/** The grid module's figures: daily reports, dispute cases and mediations. */
export const gridFigures: ModuleFigures = {
  module: 'grid',
  counters: [
    {
      code: CASES_REGISTERED,
      recount: (db) => db.selectFrom('dispute_cases').select(['grid_id as unit_id', 'registered_at as at']).execute(),
    },
    {
      code: MEDIATION_SESSIONS,
      recount: (db) =>
        db
          .selectFrom('mediation_sessions as s')
          .innerJoin('dispute_cases as c', 'c.id', 's.case_id')
          .select(['c.grid_id as unit_id', 's.held_on as at'])
          .execute(),
    },
    {
      code: MEDIATION_AGREEMENTS,
      recount: (db) =>
        db
          .selectFrom('mediation_sessions as s')
          .innerJoin('dispute_cases as c', 'c.id', 's.case_id')
          .select(['c.grid_id as unit_id', 's.held_on as at'])
          .where('s.outcome', '=', 'agreement')
          .execute(),
    },
    {
      code: CASES_RESOLVED,
      recount: (db) =>
        db
          .selectFrom('dispute_cases')
          .select(['grid_id as unit_id', 'resolved_at as at'])
          .where('resolved_at', 'is not', null)
          .execute(),
    },
    {
      code: CASES_RESOLVED_AT_GRID,
      recount: (db) =>
        db
          .selectFrom('dispute_cases')
          .select(['grid_id as unit_id', 'resolved_at as at'])
          .where('resolved_at', 'is not', null)
          .where('resolved_level', '=', 'grid')
          .execute(),
    },
  ],
  indicators: [
    {
      code: 'grid.reports',
      module: 'grid',
      unit: 'count',
      period: 'flow',
      name: { zh: '网格日报报送数', en: 'Daily reports filed' },
      definition: {
        zh: '期内各网格报送的日报份数（含零报告）',
        en: 'Daily reports filed by the grids in the period, zero reports included',
      },
      scopeRule: ALL_LEVELS,
      source: { kind: 'leaves', load: reportsPerGrid },
    },
    {
      code: 'grid.reports_expected',
      module: 'grid',
      unit: 'count',
      period: 'flow',
      name: { zh: '应报日报数', en: 'Daily reports expected' },
      definition: {
        zh: '期末在册网格数 × 期内已到的天数（一格一天一报）',
        en: 'Grids in force × days of the period up to today (one report per grid per day)',
      },
      scopeRule: ALL_LEVELS,
      source: { kind: 'leaves', load: expectedReports },
    },
    {
      code: 'grid.report_compliance',
      module: 'grid',
      unit: 'share',
      period: 'flow',
      name: { zh: '日报报送率', en: 'Daily-report compliance' },
      definition: { zh: '日报报送数 ÷ 应报日报数', en: 'Daily reports filed divided by reports expected' },
      scopeRule: ALL_LEVELS,
      source: { kind: 'ratio', numerator: 'grid.reports', denominator: 'grid.reports_expected', decimals: 3 },
    },
    {
      code: 'grid.disputes_screened',
      module: 'grid',
      unit: 'count',
      period: 'flow',
      name: { zh: '排查矛盾纠纷数', en: 'Disputes screened' },
      definition: { zh: '期内网格登记的矛盾纠纷案件数', en: 'Dispute cases registered by the grids in the period' },
      scopeRule: ALL_LEVELS,
      source: { kind: 'counter', counter: CASES_REGISTERED },
    },
    {
      code: 'grid.mediations',
      module: 'grid',
      unit: 'count',
      period: 'flow',
      name: { zh: '调解次数', en: 'Mediation sessions' },
      definition: { zh: '期内召开的矛盾纠纷调解会次数', en: 'Mediation sessions held on dispute cases in the period' },
      scopeRule: ALL_LEVELS,
      source: { kind: 'counter', counter: MEDIATION_SESSIONS },
    },
    {
      code: 'grid.mediation_agreements',
      module: 'grid',
      unit: 'count',
      period: 'flow',
      name: { zh: '调解成功次数', en: 'Mediations ending in agreement' },
      definition: {
        zh: '期内达成调解协议的调解次数',
        en: 'Mediation sessions held in the period that ended in an agreement',
      },
      scopeRule: ALL_LEVELS,
      source: { kind: 'counter', counter: MEDIATION_AGREEMENTS },
    },
    {
      code: 'grid.mediation_success',
      module: 'grid',
      unit: 'share',
      period: 'flow',
      name: { zh: '调解成功率', en: 'Mediation success rate' },
      definition: { zh: '调解成功次数 ÷ 调解次数', en: 'Mediations ending in agreement divided by mediation sessions' },
      scopeRule: ALL_LEVELS,
      source: { kind: 'ratio', numerator: 'grid.mediation_agreements', denominator: 'grid.mediations', decimals: 3 },
    },
    {
      code: 'grid.disputes_resolved',
      module: 'grid',
      unit: 'count',
      period: 'flow',
      name: { zh: '化解矛盾纠纷数', en: 'Disputes resolved' },
      definition: {
        zh: '期内化解（任一层级）的矛盾纠纷案件数',
        en: 'Dispute cases resolved in the period, at any level',
      },
      scopeRule: ALL_LEVELS,
      source: { kind: 'counter', counter: CASES_RESOLVED },
    },
    {
      code: 'grid.resolved_at_grid',
      module: 'grid',
      unit: 'count',
      period: 'flow',
      name: { zh: '网格内化解数', en: 'Disputes resolved at grid level' },
      definition: {
        zh: '期内在网格层级化解、未上报的矛盾纠纷案件数',
        en: 'Dispute cases resolved in the period at grid level, without escalation',
      },
      scopeRule: ALL_LEVELS,
      source: { kind: 'counter', counter: CASES_RESOLVED_AT_GRID },
    },
    {
      code: 'grid.source_governance',
      module: 'grid',
      unit: 'share',
      period: 'flow',
      name: { zh: '源头化解率', en: 'Share resolved at the source (grid)' },
      definition: {
        zh: '网格内化解数 ÷ 化解矛盾纠纷数',
        en: 'Disputes resolved at grid level divided by disputes resolved',
      },
      scopeRule: ALL_LEVELS,
      source: { kind: 'ratio', numerator: 'grid.resolved_at_grid', denominator: 'grid.disputes_resolved', decimals: 3 },
    },
  ],
};
