import type { Cell } from '../indicators.types.ts';
import { dayOf } from '../../../platform/local-date.ts';

/** Buckets detail rows (unit, date or instant) into (unit, Shanghai day) cells: the raw recount. */
export function cellsFrom(rows: Iterable<{ unit_id: string; at: string | null }>): Cell[] {
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    if (!r.at) continue;
    const day = dayOf(r.at);
    const k = `${r.unit_id}|${day}`;
    const c = cells.get(k);
    if (c) c.value += 1;
    else cells.set(k, { unit_id: r.unit_id, day, value: 1 });
  }
  return [...cells.values()];
}

/** Like `cellsFrom`, but each row adds its own amount (fen, m², minutes, rating points) rather than 1. */
export function amountCellsFrom(rows: Iterable<{ unit_id: string; at: string | null; amount: number | null }>): Cell[] {
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    if (!r.at || r.amount === null) continue;
    const day = dayOf(r.at);
    const k = `${r.unit_id}|${day}`;
    const c = cells.get(k);
    if (c) c.value += Number(r.amount);
    else cells.set(k, { unit_id: r.unit_id, day, value: Number(r.amount) });
  }
  return [...cells.values()];
}
