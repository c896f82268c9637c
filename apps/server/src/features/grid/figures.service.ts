import type { GridFiguresQuery } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import type { Clock } from '../../platform/clock.ts';
import { buildWorkbook } from '../../platform/xlsx.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { requireUnit, unitsOfKinds } from '../territory/territory.service.ts';
import { specialistPosts } from './posts.service.ts';
import { rollupsOf } from './reports.service.ts';
import { countRedAndYellow, countWarning } from './cases.service.ts';
import * as cases from './cases.repo.ts';
import { addTo, compliance, rollUp } from './compliance.service.ts';
import { caseFigures, expectedPerGrid, mediationSuccess, ratio } from './grid.stats.ts';
import { daysIn } from '../../platform/local-date.ts';
import { counterTotal } from '../indicators/rollups.service.ts';
import { CASES_RESOLVED } from './grid.indicators.ts';
import { today, dayStart, dayEnd, addDays } from '../../platform/local-date.ts';

/** Dashboards for the actor's scope over a period: report compliance, dispute figures, overdue cases; .xlsx export; the daily roll-up (矛盾纠纷排查日报). */
function period(clock: Clock, query: { from?: string; to?: string }) {
  const to = query.to ?? today(clock);
  const from = query.from ?? addDays(to, -29);
  if (from > to || daysIn(from, to, 367).length > 366)
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['querystring', 'from'], message: 'validation.timeOrder' }],
    });
  return { from, to };
}

export async function gridFiguresView(deps: Deps, actor: Actor, query: GridFiguresQuery) {
  authorize(actor, 'grid:read');
  const { from, to } = period(deps.clock, query);
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const days = daysIn(from, to);
  const units = await unitsOfKinds(deps.db, ['subdistrict', 'community', 'village', 'grid', 'micro_grid'], {
    scope: actor.scope,
    under: unitPath,
  });
  const grids = units.filter((u) => u.kind === 'grid' || u.kind === 'micro_grid');
  const [posts, totals, registered, { red: overdue, yellow }, outcomes] = await Promise.all([
    specialistPosts(deps.db, actor.scope, unitPath),
    rollupsOf(
      deps.db,
      grids.map((g) => g.id),
      from,
      to,
    ),
    cases.caseMix(deps.db, actor.scope, unitPath, from, to),
    countRedAndYellow(deps, actor, unitPath),
    cases.sessionOutcomes(deps.db, actor.scope, unitPath, from, to),
  ]);
  const expected = expectedPerGrid(
    posts.map((p) => ({ gridId: p.grid_id, since: p.since })),
    days,
  );
  const row = () => ({ expected: 0, reported: 0, zero: 0, late: 0 });
  const perUnit = new Map(units.map((u) => [u.id, row()]));
  const perDay = new Map(days.map((d) => [d, row()]));
  for (const g of grids) {
    for (const [d, n] of expected.get(g.id) ?? []) {
      rollUp(perUnit, g.path, { expected: n });
      addTo(perDay.get(d), { expected: n });
    }
  }
  const pathOf = new Map(grids.map((g) => [g.id, g.path]));
  for (const t of totals) {
    const v = { reported: t.reports, zero: t.zero_reports, late: t.late };
    rollUp(perUnit, pathOf.get(t.unit_id) ?? '', v);
    addTo(perDay.get(t.report_date), { reported: t.reports, late: t.late });
  }
  return {
    from,
    to,
    compliance: units.map((u) => {
      const r = perUnit.get(u.id) ?? row();
      return { unitId: u.id, unitName: u.name, kind: u.kind, ...r, rate: ratio(r.reported, r.expected) ?? 0 };
    }),
    byDay: days.map((date) => {
      const { expected: e, reported, late } = perDay.get(date) ?? row();
      return { date, expected: e, reported, late };
    }),
    ...caseFigures(registered),
    overdue,
    yellow,
    mediationSuccessRate: mediationSuccess(outcomes.map((o) => o.outcome)),
  };
}

export async function figuresWorkbook(deps: Deps, actor: Actor, query: GridFiguresQuery) {
  const d = await gridFiguresView(deps, actor, query);
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'grid.dashboard.export',
    subjectType: 'grid_dashboard',
    orgPath: actor.scope.paths[0] ?? null,
    changes: { from: d.from, to: d.to, unitId: query.unitId ?? null },
  });
  const pct = (n: number | null) => (n === null ? '' : `${Math.round(n * 1000) / 10}%`);
  const buffer = await buildWorkbook([
    {
      name: '日报报送',
      header: ['单位 Unit', '类型 Kind', '应报 Expected', '已报 Reported', '零报告 Zero', '迟报 Late', '报送率 Rate'],
      rows: d.compliance.map((c) => [
        c.unitName,
        c.kind,
        String(c.expected),
        String(c.reported),
        String(c.zero),
        String(c.late),
        pct(c.rate),
      ]),
    },
    {
      name: '每日',
      header: ['日期 Date', '应报 Expected', '已报 Reported', '迟报 Late'],
      rows: d.byDay.map((x) => [x.date, String(x.expected), String(x.reported), String(x.late)]),
    },
    {
      name: '矛盾纠纷',
      header: ['维度 Dimension', '项 Key', '件数 Count'],
      rows: [
        ...d.byCategory.map((x) => ['category', x.key, String(x.count)]),
        ...d.byLevel.map((x) => ['level', x.key, String(x.count)]),
        ...d.byStatus.map((x) => ['status', x.key, String(x.count)]),
        ['summary', 'cases', String(d.cases)],
        ['summary', 'overdue', String(d.overdue)],
        ['summary', 'yellow', String(d.yellow)],
        ['summary', 'gridResolvedShare', pct(d.gridResolvedShare)],
        ['summary', 'mediationSuccessRate', pct(d.mediationSuccessRate)],
      ],
    },
  ]);
  return { buffer, from: d.from, to: d.to };
}

/** The day's roll-up for the actor's unit (or a unit in scope), with the text a subdistrict sends upward. */
export async function dailyRollup(deps: Deps, actor: Actor, query: { date?: string; unitId?: string }) {
  authorize(actor, 'grid:read');
  const top = await requireUnit(deps.db, actor, query.unitId ?? actor.scopeUnitId);
  const date = query.date ?? today(deps.clock);
  const c = await compliance(deps, actor, { date, unitId: top.id });
  const [totals, registered, openCases, red, resolvedToday] = await Promise.all([
    rollupsOf(deps.db, [top.id], date, date),
    cases.casesWhere(deps.db, actor.scope, {
      unitPath: top.path,
      from: dayStart(date),
      to: dayEnd(date),
    }),
    cases.countCases(deps.db, actor.scope, { unitPath: top.path, open: true }),
    countWarning(deps, actor, 'red', top.path),
    // resolved that day, from the roll-up kept in each resolution's transaction (not by reading every case)
    counterTotal(deps.db, CASES_RESOLVED, actor.scope, top.path, date, date),
  ]);
  const self = c.units.find((u) => u.unitId === top.id) ?? { expected: 0, reported: 0, zero: 0, late: 0, missing: 0 };
  const communities = c.units
    .filter((u) => u.parentId === top.id && u.kind !== 'grid' && u.kind !== 'micro_grid')
    .map((u) => ({
      name: u.unitName,
      expected: u.expected,
      reported: u.reported,
      missing: u.missing,
      newCases: registered.filter((x) => x.grid_path.includes(`/${u.unitId}/`)).length,
    }));
  const items = totals[0]?.items ?? 0;
  const text = [
    `${top.name}矛盾纠纷排查日报（${date}）`,
    `应报${self.expected}份，已报${self.reported}份（零报告${self.zero}份），迟报${self.late}份，未报${self.missing}份；排查发现事项${items}项。`,
    `新增矛盾纠纷${registered.length}件，当日化解${resolvedToday}件，在办${openCases}件，其中超时${red}件。`,
    ...communities.map(
      (x) => `${x.name}：应报${x.expected}，已报${x.reported}，未报${x.missing}，新增案件${x.newCases}。`,
    ),
  ].join('\n');
  return {
    date,
    unitName: top.name,
    ...self,
    items,
    newCases: registered.length,
    resolvedToday,
    openCases,
    red,
    communities,
    text,
  };
}
