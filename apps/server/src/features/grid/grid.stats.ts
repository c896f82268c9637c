import { CASE_LEVELS, CASE_STATUSES, DISPUTE_CATEGORIES } from '@jishi/shared';

/**
 * Pure aggregation for the grid dashboard: compliance over a period from per-grid daily totals and
 * specialist posts, case counts by key, the share resolved at grid level and the mediation success rate.
 */
export interface PostSince {
  gridId: string;
  since: string;
}

/** Expected reports of a grid over the days: one per specialist post per day since the post began. */
export function expectedPerGrid(posts: PostSince[], days: string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const p of posts) {
    const perDay = out.get(p.gridId) ?? new Map<string, number>();
    for (const d of days) if (p.since <= d) perDay.set(d, (perDay.get(d) ?? 0) + 1);
    out.set(p.gridId, perDay);
  }
  return out;
}

/** Sums counted values per key, every key listed (zero rows included). */
export function countBy<K extends string>(
  keys: readonly K[],
  values: { key: string; n: number }[],
): { key: K; count: number }[] {
  return keys.map((key) => ({ key, count: values.reduce((s, v) => (v.key === key ? s + v.n : s), 0) }));
}

export const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/** Cases counted per combination of category, level, status and resolution level (the database groups them). */
export interface CaseMix {
  category: string;
  level: string;
  status: string;
  resolvedLevel: string | null;
  n: number;
}

const total = (rows: CaseMix[]) => rows.reduce((s, r) => s + r.n, 0);

export function caseFigures(mix: CaseMix[]) {
  const resolved = mix.filter((c) => c.resolvedLevel !== null);
  return {
    cases: total(mix),
    byCategory: countBy(
      DISPUTE_CATEGORIES,
      mix.map((c) => ({ key: c.category, n: c.n })),
    ),
    byLevel: countBy(
      CASE_LEVELS,
      mix.map((c) => ({ key: c.level, n: c.n })),
    ),
    byStatus: countBy(
      CASE_STATUSES,
      mix.map((c) => ({ key: c.status, n: c.n })),
    ),
    gridResolvedShare: ratio(total(resolved.filter((c) => c.resolvedLevel === 'grid')), total(resolved)),
  };
}

export const mediationSuccess = (outcomes: string[]): number | null =>
  ratio(outcomes.filter((o) => o === 'agreement').length, outcomes.length);
