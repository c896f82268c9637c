import { unitsInForce } from '../../territory/territory.service.ts';
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

/** One read shared by the loaders of a computation (several indicators need the same rows): made once per key. */
export function shared<T>(ctx: LeafContext, key: string, read: () => Promise<T>): Promise<T> {
  let p = ctx.memo.get(key);
  if (!p) {
    p = read();
    ctx.memo.set(key, p);
  }
  return p as Promise<T>;
}

/** The territory units in force at the period's end (communities, grids, expected reports read them). */
export const unitsInForceShared = (ctx: LeafContext) =>
  shared(ctx, 'territory.units_in_force', () => unitsInForce(ctx.deps, ctx.scope, ctx.to));
