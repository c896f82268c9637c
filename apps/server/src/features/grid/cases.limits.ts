import {
  CASE_LEVELS,
  CASE_STAGES,
  type CaseLevel,
  type CaseStage,
  type DisputeCategory,
  type TimeLimits,
  type Warning,
} from '@jishi/shared';

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

/**
 * As of `now`, the stage start instants that split a stage of `hours` into its warnings: yellow once two
 * thirds of the time is used, red once it has run out. Lists filter by these same ranges in SQL.
 */
export interface StartRange {
  lt?: string;
  lte?: string;
  gt?: string;
  gte?: string;
}
export function warningRanges(hours: number, now: string): Record<Warning, StartRange> {
  const t = Date.parse(now);
  const span = hours * 3_600_000;
  const redBefore = new Date(t - span).toISOString();
  const yellowBy = new Date(t - Math.ceil((span * 2) / 3)).toISOString();
  return { red: { lt: redBefore }, yellow: { gte: redBefore, lte: yellowBy }, none: { gt: yellowBy } };
}

const inRange = (x: string, r: StartRange): boolean =>
  (r.lt === undefined || x < r.lt) &&
  (r.lte === undefined || x <= r.lte) &&
  (r.gt === undefined || x > r.gt) &&
  (r.gte === undefined || x >= r.gte);

export function warningOf(startedAt: string, hours: number, now: string): { dueAt: string; warning: Warning } {
  const start = new Date(Date.parse(startedAt)).toISOString();
  const dueAt = new Date(Date.parse(startedAt) + hours * 3_600_000).toISOString();
  const ranges = warningRanges(hours, now);
  const warning = (['red', 'yellow', 'none'] as const).find((w) => inRange(start, ranges[w])) ?? 'none';
  return { dueAt, warning };
}

/** One (level, stage) time limit and the categories it applies to: `only` those, or all `except` those (category overrides). */
export interface LimitBand {
  level: CaseLevel;
  stage: CaseStage;
  hours: number;
  only?: DisputeCategory[];
  except?: DisputeCategory[];
}

/** Every distinct limit of a subdistrict's settings, covering each (level, category, stage) exactly once. */
export function limitBands(limits: TimeLimits): LimitBand[] {
  const out: LimitBand[] = [];
  for (const level of CASE_LEVELS) {
    for (const stage of CASE_STAGES) {
      const overridden = (Object.keys(limits.categories) as DisputeCategory[]).filter(
        (cat) => limits.categories[cat]?.[level]?.[stage] !== undefined,
      );
      out.push({ level, stage, hours: limits.levels[level][stage], except: overridden });
      for (const cat of overridden)
        out.push({ level, stage, hours: limitHours(limits, level, cat, stage), only: [cat] });
    }
  }
  return out;
}

/** Whether a case escalates by itself: its accept or handle stage ran out below the top level, or it is high risk at grid level. */
export function shouldAutoEscalate(c: {
  stage: CaseStage | null;
  warning: Warning;
  level: CaseLevel;
  risk: string;
}): boolean {
  if (c.level === 'subdistrict' || c.stage === null || c.stage === 'verify') return false;
  return c.warning === 'red' || (c.risk === 'high' && c.level === 'grid');
}
