import type { Leaf, LeafContext } from '../indicators.types.ts';

/** Counts per unit id → leaves on the units' current paths (unknown units dropped: out of scope). */
export function leavesOf(ctx: LeafContext, rows: Iterable<{ unitId: string; value: number }>): Leaf[] {
  const out: Leaf[] = [];
  for (const r of rows) {
    const path = ctx.pathOf(r.unitId);
    if (path !== undefined) out.push({ path, value: r.value });
  }
  return out;
}
