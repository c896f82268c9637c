import { CASE_LEVELS, CASE_STATUSES, DISPUTE_CATEGORIES } from '@jishi/shared';

/**
 * Pure aggregation for the grid dashboard: compliance over a period from per-grid daily totals and
 * specialist posts, case counts by key, the share resolved at grid level and the mediation success rate.
 */
export interface PostSince { gridId: string; since: string }
export interface DayTotal { gridId: string; date: string; reports: number; zero: number; late: number }

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

export function countBy<K extends string>(keys: readonly K[], values: string[]): { key: K; count: number }[] {
  return keys.map((key) => ({ key, count: values.filter((v) => v === key).length }));
}

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

export function caseFigures(cases: { category: string; level: string; status: string; resolvedLevel: string | null }[]) {
  const resolved = cases.filter((c) => c.resolvedLevel !== null);
  return {
    byCategory: countBy(DISPUTE_CATEGORIES, cases.map((c) => c.category)),
    byLevel: countBy(CASE_LEVELS, cases.map((c) => c.level)),
    byStatus: countBy(CASE_STATUSES, cases.map((c) => c.status)),
    gridResolvedShare: ratio(resolved.filter((c) => c.resolvedLevel === 'grid').length, resolved.length),
  };
}

export const mediationSuccess = (outcomes: string[]): number | null => ratio(outcomes.filter((o) => o === 'agreement').length, outcomes.length);
