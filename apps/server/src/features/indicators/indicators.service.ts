import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { scopeWithin } from '../auth/scope.ts';
import { requireUnit, unitsInForce, unitsWithBoundaries } from '../territory/territory.service.ts';
import { INDICATORS } from './catalogue.ts';
import {
  computeOrder,
  meetsTarget,
  monthsOf,
  previousPeriod,
  ratio,
  sumInto,
  yearEarlier,
  type Period,
} from './indicators.engine.ts';
import type { IndicatorDef, Leaf, LeafContext, UnitValue } from './indicators.types.ts';
import { sumPerCounterAndUnit } from './rollups.repo.ts';
import { dayOf } from '../../platform/local-date.ts';

const ORDERED = computeOrder(INDICATORS);
const BY_CODE = new Map(INDICATORS.map((d) => [d.code, d]));

export interface Target {
  id: string;
  name: string;
  kind: string;
  path: string;
}
type Values = Map<string, (number | null)[]>;

const levelOf = (kind: string) => (kind === 'village' ? 'community' : kind === 'micro_grid' ? 'grid' : kind);

/**
 * Every indicator (or those named, with what they depend on) for each target unit over a period.
 * All counters are read in one statement per period kind, the live loaders run side by side, the
 * ratios are computed last.
 */
export async function evaluate(
  deps: Deps,
  scope: OrgScope,
  targets: readonly Target[],
  period: Period,
  codes?: readonly string[],
): Promise<Values> {
  const wanted = codes ? closure(codes) : null;
  const defs = ORDERED.filter((d) => !wanted || wanted.has(d.code));
  const paths = targets.map((t) => t.path);
  const memo = new Map<string, Promise<unknown>>();
  let known: Promise<Map<string, string>> | null = null;
  const pathsOf = () =>
    (known ??= unitsWithBoundaries(deps.db, scope).then((us) => new Map(us.map((u) => [u.id, u.path]))));

  const counterSums = async (kind: IndicatorDef['period']) => {
    const counters = [
      ...new Set(defs.flatMap((d) => (d.source.kind === 'counter' && d.period === kind ? [d.source.counter] : []))),
    ];
    const rows = await sumPerCounterAndUnit(deps.db, counters, scope, kind === 'flow' ? period.from : null, period.to);
    return new Map(counters.map((c) => [c, rows.filter((r) => r.counter === c)]));
  };
  const shared = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let p = memo.get(key);
    if (!p) {
      p = read();
      memo.set(key, p);
    }
    return p as Promise<T>;
  };
  const ctx: LeafContext = {
    deps,
    scope,
    from: period.from,
    to: period.to,
    shared,
    unitsInForce: () => shared('territory.units_in_force', () => unitsInForce(deps, scope, period.to)),
  };
  /** Values per unit id → leaves on the units' current paths (unknown units dropped: out of scope). */
  const leavesOf = (map: Map<string, string>, rows: readonly UnitValue[]): Leaf[] =>
    rows.flatMap((r) => {
      const path = map.get(r.unitId);
      return path === undefined ? [] : [{ path, value: r.value }];
    });
  const leafLoads = defs
    .flatMap((d) => (d.source.kind === 'leaves' ? [d] : []))
    .map(async (d) => {
      const map = await pathsOf();
      const load = (d.source as Extract<IndicatorDef['source'], { kind: 'leaves' }>).load;
      return [d.code, sumInto(paths, leavesOf(map, await load(ctx)))] as const;
    });
  const [flows, stocks, leaves] = await Promise.all([
    counterSums('flow'),
    counterSums('stock'),
    Promise.all(leafLoads),
  ]);
  const leafValues = new Map<string, (number | null)[]>(leaves);

  const out: Values = new Map();
  for (const def of defs) {
    let values: (number | null)[];
    const s = def.source;
    if (s.kind === 'counter') {
      values = sumInto(paths, (def.period === 'flow' ? flows : stocks).get(s.counter) ?? []);
      const scale = s.scale;
      if (scale) values = values.map((v) => (v === null ? null : Math.round((v / scale) * 100) / 100));
    } else if (s.kind === 'leaves') {
      values = leafValues.get(def.code) ?? [];
    } else {
      const n = out.get(s.numerator) as (number | null)[];
      const d = out.get(s.denominator) as (number | null)[];
      values = targets.map((_, i) =>
        n[i] === null || d[i] === null ? null : ratio(n[i] as number, d[i] as number, s.decimals),
      );
    }
    if (def.levels)
      values = values.map((v, i) => (def.levels?.includes(levelOf(targets[i].kind) as 'grid') ? v : null));
    out.set(def.code, values);
  }
  return out;
}

function closure(codes: readonly string[]): Set<string> {
  const set = new Set<string>();
  const add = (c: string) => {
    const d = BY_CODE.get(c);
    if (!d || set.has(c)) return;
    set.add(c);
    if (d.source.kind === 'ratio') {
      add(d.source.numerator);
      add(d.source.denominator);
    }
  };
  codes.forEach(add);
  return set;
}

export function catalogue(actor: Actor) {
  authorize(actor, 'dashboard:read');
  return INDICATORS.map(catalogueEntry);
}

export const catalogueEntry = (d: IndicatorDef) => ({
  code: d.code,
  module: d.module,
  name: d.name,
  definition: d.definition,
  unit: d.unit,
  period: d.period,
  scopeRule: d.scopeRule,
  target: d.target ? { op: d.target.op, value: d.target.value, text: d.target.text } : null,
  levels: d.levels ? [...d.levels] : null,
});

export interface PeriodQuery {
  unitId?: string;
  from?: string;
  to?: string;
  compare?: 'previous' | 'year' | 'none';
}

/** The focus unit (the actor's own scope unit by default; out of scope → 404) and the period (this year to date by default). */
export async function resolveFocus(deps: Deps, actor: Actor, q: PeriodQuery) {
  authorize(actor, 'dashboard:read');
  const unit = await requireUnit(deps.db, actor, q.unitId ?? actor.scopeUnitId);
  // Today on the Asia/Shanghai calendar: the day today's records count on (dayOf), not the UTC date.
  const to = q.to ?? dayOf(nowIsoOf(deps.clock));
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to)
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['querystring', 'from'], message: 'validation.periodOrder' }],
    });
  const scope = scopeWithin(actor.scope, unit.path);
  const target: Target = { id: unit.id, name: unit.name, kind: unit.kind, path: unit.path };
  return { unit: target, scope, period: { from, to } };
}

const comparisonOf = (p: Period, compare: PeriodQuery['compare']): Period | null =>
  compare === 'none' ? null : compare === 'year' ? yearEarlier(p) : previousPeriod(p);

/** Values of every indicator for one unit over a period, with the comparison period beside them. */
export async function indicatorValues(deps: Deps, actor: Actor, q: PeriodQuery) {
  const { unit, scope, period } = await resolveFocus(deps, actor, q);
  const cmp = comparisonOf(period, q.compare ?? 'previous');
  const [now, before] = await Promise.all([
    evaluate(deps, scope, [unit], period),
    cmp ? evaluate(deps, scope, [unit], cmp) : null,
  ]);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    period,
    comparison: cmp,
    values: INDICATORS.map((d) => {
      const value = now.get(d.code)?.[0] ?? null;
      return {
        code: d.code,
        value,
        compare: before ? (before.get(d.code)?.[0] ?? null) : null,
        meetsTarget: meetsTarget(d, value),
      };
    }),
  };
}

/** The direct children of a unit (subdistrict → communities → grids) with every indicator: the drill-down table. */
export async function indicatorChildren(deps: Deps, actor: Actor, q: PeriodQuery) {
  const { unit, scope, period } = await resolveFocus(deps, actor, q);
  const units = await unitsWithBoundaries(deps.db, scope);
  const children: Target[] = units
    .filter((u) => u.parent_id === unit.id && u.valid_to === null)
    .map((u) => ({ id: u.id, name: u.name, kind: u.kind, path: u.path }));
  const values = await evaluate(deps, scope, children, period);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    period,
    codes: INDICATORS.map((d) => d.code),
    rows: children.map((c, i) => ({
      unit: { id: c.id, name: c.name, kind: c.kind },
      hasChildren: units.some((u) => u.parent_id === c.id && u.valid_to === null),
      boundary: units.find((u) => u.id === c.id)?.boundary ?? null,
      values: INDICATORS.map((d) => values.get(d.code)?.[i] ?? null),
    })),
  };
}

export function requireIndicator(code: string): IndicatorDef {
  const d = BY_CODE.get(code);
  if (!d) throw new AppError('NOT_FOUND');
  return d;
}

/** One indicator month by month over the period (flows per month, stocks at each month's end). */
export async function indicatorSeries(deps: Deps, actor: Actor, code: string, q: PeriodQuery) {
  const def = requireIndicator(code);
  const { unit, scope, period } = await resolveFocus(deps, actor, q);
  const months = monthsOf(period.from, period.to);
  const points = await Promise.all(
    months.map(async (m) => {
      const v = await evaluate(deps, scope, [unit], m, [code]);
      return { month: m.from.slice(0, 7), value: v.get(code)?.[0] ?? null };
    }),
  );
  return { code: def.code, unit: { id: unit.id, name: unit.name, kind: unit.kind }, points };
}

/** Communities and villages under the unit ranked by one indicator (highest first, nulls last). */
export async function indicatorRanking(deps: Deps, actor: Actor, code: string, q: PeriodQuery) {
  const def = requireIndicator(code);
  const { unit, scope, period } = await resolveFocus(deps, actor, q);
  const units = await unitsWithBoundaries(deps.db, scope);
  const communities: Target[] = units
    .filter((u) => (u.kind === 'community' || u.kind === 'village') && u.valid_to === null)
    .map((u) => ({ id: u.id, name: u.name, kind: u.kind, path: u.path }));
  const values = (await evaluate(deps, scope, communities, period, [code])).get(code) ?? [];
  const rows = communities.map((c, i) => ({
    unit: { id: c.id, name: c.name, kind: c.kind },
    value: values[i] ?? null,
    meetsTarget: meetsTarget(def, values[i] ?? null),
  }));
  rows.sort(
    (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.unit.name.localeCompare(b.unit.name, 'zh-CN'),
  );
  return { code: def.code, unit: { id: unit.id, name: unit.name, kind: unit.kind }, period, rows };
}
