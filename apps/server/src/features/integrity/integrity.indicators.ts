import { sql } from 'kysely';
import type { ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter codes the integrity module bumps in its write transactions. */
export const EXERCISES = 'integrity.exercises';
export const ALERTS = 'integrity.alerts';
export const COMPLAINTS = 'integrity.complaints';

/** The integrity module's figures: power-list items, exercises, alerts and complaints. */
export const integrityFigures: ModuleFigures = {
  module: 'integrity',
  counters: [
    {
      code: EXERCISES,
      recount: (db) => db.selectFrom('power_exercises').select(['unit_id', 'opened_at as at']).execute(),
    },
    {
      code: ALERTS,
      recount: (db) => db.selectFrom('supervision_alerts').select(['unit_id', 'raised_at as at']).execute(),
    },
    {
      code: COMPLAINTS,
      recount: (db) => db.selectFrom('complaints').select(['unit_id', 'created_at as at']).execute(),
    },
  ],
  indicators: [
    {
      code: 'integrity.power_items',
      module: 'integrity',
      unit: 'count',
      period: 'stock',
      name: { zh: '权力清单事项数', en: 'Power-list items' },
      definition: {
        zh: '期末有效的权力清单事项数（按编码计）',
        en: 'Power-list items (by code) in force at the end of the period',
      },
      scopeRule: { zh: '街道', en: 'Subdistrict' },
      levels: ['subdistrict'],
      source: {
        kind: 'leaves',
        load: async (ctx) => {
          const rows = await ctx.deps.db
            .selectFrom('power_items')
            .select(['owner_unit_id', sql<number>`count(distinct code)`.as('n')])
            .where('effective_from', '<=', ctx.to)
            .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', ctx.to)]))
            .groupBy('owner_unit_id')
            .execute();
          return rows.map((r) => ({ unitId: r.owner_unit_id, value: Number(r.n) }));
        },
      },
    },
    {
      code: 'integrity.exercises',
      module: 'integrity',
      unit: 'count',
      period: 'flow',
      name: { zh: '权力运行次数', en: 'Power-list exercises' },
      definition: { zh: '期内启动的权力事项运行次数', en: 'Exercises of power-list items opened in the period' },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      source: { kind: 'counter', counter: EXERCISES },
    },
    {
      code: 'integrity.alerts',
      module: 'integrity',
      unit: 'count',
      period: 'flow',
      name: { zh: '监督预警数', en: 'Supervision alerts' },
      definition: { zh: '期内自动识别偏差并发出的预警数', en: 'Alerts raised on detected deviations in the period' },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      source: { kind: 'counter', counter: ALERTS },
    },
    {
      code: 'integrity.complaints',
      module: 'integrity',
      unit: 'count',
      period: 'flow',
      name: { zh: '信访举报数', en: 'Complaints received' },
      definition: { zh: '期内收到的信访举报件数', en: 'Complaints and reports received in the period' },
      scopeRule: { zh: '街道、社区', en: 'Subdistrict, community' },
      source: { kind: 'counter', counter: COMPLAINTS },
    },
  ],
};
