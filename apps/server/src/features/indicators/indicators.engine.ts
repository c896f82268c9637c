import type { Cell, DetailRow, IndicatorDef, Leaf } from './indicators.types.ts';
import { dayOf, addDays, daysBetween } from '../../platform/local-date.ts';

/** Pure parts of the indicator engine, tested without a database. */

/** Sums leaves into each target by path prefix (a target path covers its whole subtree). */
export function sumInto(targets: readonly string[], leaves: readonly Leaf[]): number[] {
  return targets.map((t) => leaves.reduce((s, l) => (l.path.startsWith(t) ? s + l.value : s), 0));
}

export function ratio(n: number, d: number, decimals: number): number | null {
  if (d === 0) return null;
  const f = 10 ** decimals;
  return Math.round((n / d) * f) / f;
}

export function meetsTarget(def: Pick<IndicatorDef, 'target'>, value: number | null): boolean | null {
  if (!def.target || value === null) return null;
  return def.target.op === 'gt' ? value > def.target.value : value >= def.target.value;
}

export interface Period {
  from: string;
  to: string;
}

/** The twelve months of a year, or the months between two dates, as periods. */
export function monthsOf(from: string, to: string): Period[] {
  const out: Period[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  while (`${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7) && out.length < 120) {
    const mm = String(m).padStart(2, '0');
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push({ from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The last day of a 'YYYY-MM' month. */
const monthEnd = (month: string): string =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** 'YYYY-MM' of the month after (delta 1) or before (delta -1) the given one. */
function shiftMonth(month: string, delta: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** A period as the roll-ups read it: the whole months inside it (month cells) and the days at its edges (day cells). */
export interface CellRanges {
  months: { from: string; to: string } | null;
  days: Period[];
}

export function cellRanges(from: string, to: string): CellRanges {
  if (from > to) return { months: null, days: [] };
  const firstMonth = from.slice(8) === '01' ? from.slice(0, 7) : shiftMonth(from.slice(0, 7), 1);
  const lastMonth = to === monthEnd(to.slice(0, 7)) ? to.slice(0, 7) : shiftMonth(to.slice(0, 7), -1);
  if (firstMonth > lastMonth) return { months: null, days: [{ from, to }] };
  const days: Period[] = [];
  const firstDay = `${firstMonth}-01`;
  if (from < firstDay) days.push({ from, to: dayBefore(firstDay) });
  const lastDay = monthEnd(lastMonth);
  if (to > lastDay) days.push({ from: `${shiftMonth(lastMonth, 1)}-01`, to });
  return { months: { from: firstMonth, to: lastMonth }, days };
}

const dayBefore = (day: string): string => addDays(day, -1);

/** Day cells summed into month cells (the month table holds exactly this). */
export function monthCellsOf(
  cells: readonly { unit_id: string; day: string; value: number }[],
): { unit_id: string; month: string; value: number }[] {
  const out = new Map<string, { unit_id: string; month: string; value: number }>();
  for (const c of cells) {
    const month = c.day.slice(0, 7);
    const k = `${c.unit_id}|${month}`;
    const m = out.get(k);
    if (m) m.value += c.value;
    else out.set(k, { unit_id: c.unit_id, month, value: c.value });
  }
  return [...out.values()].filter((m) => m.value !== 0);
}

/** The period just before: the same number of whole months when the period is whole months, else the same number of days. */
export function previousPeriod(p: Period): Period {
  const months = monthsOf(p.from, p.to);
  const wholeMonths = months.length > 0 && months[0].from === p.from && months[months.length - 1].to === p.to;
  if (wholeMonths) {
    const first = new Date(Date.UTC(Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7)) - 1 - months.length, 1));
    const start = first.toISOString().slice(0, 10);
    const lastDay = new Date(Date.UTC(Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7)) - 1, 0))
      .toISOString()
      .slice(0, 10);
    return { from: start, to: lastDay };
  }
  const len = daysBetween(p.from, p.to) + 1;
  return { from: addDays(p.from, -len), to: addDays(p.from, -1) };
}

/** Same period one year earlier (year-on-year, 同比). */
export function yearEarlier(p: Period): Period {
  const back = (d: string) => {
    const y = Number(d.slice(0, 4)) - 1;
    const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
    return `${y}-${md}`;
  };
  return { from: back(p.from), to: back(p.to) };
}

/**
 * A counter's detail rows bucketed into (unit, Asia/Shanghai day) cells: the raw recount. A row adds its `amount`
 * (fen, m², minutes, rating points; 1 when absent) and counts nowhere without a date or with a null amount.
 */
export function cellsOf(rows: Iterable<DetailRow>): Cell[] {
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    const amount = r.amount === undefined ? 1 : r.amount;
    if (!r.at || amount === null) continue;
    const day = dayOf(r.at);
    const k = `${r.unit_id}|${day}`;
    const c = cells.get(k);
    if (c) c.value += Number(amount);
    else cells.set(k, { unit_id: r.unit_id, day, value: Number(amount) });
  }
  return [...cells.values()];
}

/** Ratio indicators come last: a topological order over the catalogue (ratios of ratios allowed, no cycles). */
export function computeOrder(defs: readonly IndicatorDef[]): IndicatorDef[] {
  const byCode = new Map(defs.map((d) => [d.code, d]));
  const out: IndicatorDef[] = [];
  const seen = new Set<string>();
  const visit = (d: IndicatorDef, stack: Set<string>) => {
    if (seen.has(d.code)) return;
    if (stack.has(d.code)) throw new Error(`indicator cycle at ${d.code}`);
    stack.add(d.code);
    if (d.source.kind === 'ratio') {
      for (const c of [d.source.numerator, d.source.denominator]) {
        const dep = byCode.get(c);
        if (!dep) throw new Error(`indicator ${d.code} needs unknown ${c}`);
        visit(dep, stack);
      }
    }
    stack.delete(d.code);
    seen.add(d.code);
    out.push(d);
  };
  for (const d of defs) visit(d, new Set());
  return out;
}
