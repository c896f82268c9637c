import type { CaseLevel, CaseStage, DisputeCategory, TimeLimits, Warning } from '@jishi/shared';

/**
 * Stage time limits (hours) per level and category, and the yellow/red warnings derived from them.
 * Defaults follow common practice for grassroots mediation: accept within a day at grid level, mediate
 * within a week; longer above and for demolition/land matters. A subdistrict may override them.
 */
export const DEFAULT_TIME_LIMITS: TimeLimits = {
  levels: {
    grid: { accept: 24, handle: 7 * 24, verify: 7 * 24 },
    community: { accept: 48, handle: 15 * 24, verify: 15 * 24 },
    subdistrict: { accept: 72, handle: 30 * 24, verify: 30 * 24 },
  },
  categories: {
    demolition: { community: { handle: 30 * 24 }, subdistrict: { handle: 60 * 24 } },
    land: { community: { handle: 30 * 24 }, subdistrict: { handle: 60 * 24 } },
  },
};

export const DEFAULT_CUTOFF = '17:00';

export function limitHours(limits: TimeLimits, level: CaseLevel, category: DisputeCategory, stage: CaseStage): number {
  return limits.categories[category]?.[level]?.[stage] ?? limits.levels[level][stage];
}

/** Yellow once two thirds of the stage's time is used, red once it has run out. */
export function warningOf(startedAt: string, hours: number, now: string): { dueAt: string; warning: Warning } {
  const start = Date.parse(startedAt);
  const span = hours * 3_600_000;
  const dueAt = new Date(start + span).toISOString();
  const used = Date.parse(now) - start;
  const warning: Warning = used > span ? 'red' : used * 3 >= span * 2 ? 'yellow' : 'none';
  return { dueAt, warning };
}

/** Whether a case escalates by itself: its accept or handle stage ran out below the top level, or it is high risk at grid level. */
export function shouldAutoEscalate(c: { stage: CaseStage | null; warning: Warning; level: CaseLevel; risk: string }): boolean {
  if (c.level === 'subdistrict' || c.stage === null || c.stage === 'verify') return false;
  return c.warning === 'red' || (c.risk === 'high' && c.level === 'grid');
}
