import { describe, expect, it } from 'vitest';
import { CASE_LEVELS, CASE_STAGES, DISPUTE_CATEGORIES } from '@jishi/shared';
import {
  DEFAULT_TIME_LIMITS,
  limitBands,
  limitHours,
  shouldAutoEscalate,
  warningOf,
  warningRanges,
} from './cases.limits.ts';

describe('stage time limits', () => {
  it('take the level default unless the category overrides it', () => {
    expect(limitHours(DEFAULT_TIME_LIMITS, 'grid', 'neighbours', 'accept')).toBe(24);
    expect(limitHours(DEFAULT_TIME_LIMITS, 'community', 'neighbours', 'handle')).toBe(360);
    expect(limitHours(DEFAULT_TIME_LIMITS, 'community', 'demolition', 'handle')).toBe(720);
    expect(limitHours(DEFAULT_TIME_LIMITS, 'community', 'demolition', 'accept')).toBe(48);
  });
  it('warn yellow from two thirds of the time used and red once it has run out', () => {
    const start = '2026-03-01T00:00:00.000Z';
    expect(warningOf(start, 24, '2026-03-01T15:59:00.000Z')).toEqual({
      dueAt: '2026-03-02T00:00:00.000Z',
      warning: 'none',
    });
    expect(warningOf(start, 24, '2026-03-01T16:00:00.000Z').warning).toBe('yellow');
    expect(warningOf(start, 24, '2026-03-02T00:00:00.000Z').warning).toBe('yellow');
    expect(warningOf(start, 24, '2026-03-02T00:00:01.000Z').warning).toBe('red');
  });
  it('escalate by themselves when red below the top, or high risk at grid level; never in the verify stage or at the top', () => {
    expect(shouldAutoEscalate({ stage: 'handle', warning: 'red', level: 'grid', risk: 'low' })).toBe(true);
    expect(shouldAutoEscalate({ stage: 'accept', warning: 'red', level: 'community', risk: 'low' })).toBe(true);
    expect(shouldAutoEscalate({ stage: 'accept', warning: 'none', level: 'grid', risk: 'high' })).toBe(true);
    expect(shouldAutoEscalate({ stage: 'accept', warning: 'none', level: 'community', risk: 'high' })).toBe(false);
    expect(shouldAutoEscalate({ stage: 'handle', warning: 'yellow', level: 'grid', risk: 'medium' })).toBe(false);
    expect(shouldAutoEscalate({ stage: 'verify', warning: 'red', level: 'grid', risk: 'high' })).toBe(false);
    expect(shouldAutoEscalate({ stage: 'handle', warning: 'red', level: 'subdistrict', risk: 'high' })).toBe(false);
    expect(shouldAutoEscalate({ stage: null, warning: 'none', level: 'grid', risk: 'high' })).toBe(false);
  });
  it('split stage starts into exactly one warning range, the same one warningOf gives', () => {
    const now = '2026-03-02T12:00:00.000Z';
    const ranges = warningRanges(24, now);
    expect(ranges).toEqual({
      red: { lt: '2026-03-01T12:00:00.000Z' },
      yellow: { gte: '2026-03-01T12:00:00.000Z', lte: '2026-03-01T20:00:00.000Z' },
      none: { gt: '2026-03-01T20:00:00.000Z' },
    });
    for (const start of [
      '2026-03-01T11:59:59.999Z',
      '2026-03-01T12:00:00.000Z',
      '2026-03-01T20:00:00.000Z',
      '2026-03-01T20:00:00.001Z',
    ]) {
      const inside = (Object.keys(ranges) as (keyof typeof ranges)[]).filter((w) => {
        const r = ranges[w] as { lt?: string; lte?: string; gt?: string; gte?: string };
        return (
          (!r.lt || start < r.lt) && (!r.lte || start <= r.lte) && (!r.gt || start > r.gt) && (!r.gte || start >= r.gte)
        );
      });
      expect(inside).toEqual([warningOf(start, 24, now).warning]);
    }
  });
  it('bands cover every level, category and stage exactly once, with its limit', () => {
    const limits = {
      ...DEFAULT_TIME_LIMITS,
      categories: { ...DEFAULT_TIME_LIMITS.categories, family: { grid: { accept: 12 } } },
    };
    const bands = limitBands(limits);
    for (const level of CASE_LEVELS) {
      for (const stage of CASE_STAGES) {
        for (const cat of DISPUTE_CATEGORIES) {
          const hits = bands.filter(
            (b) =>
              b.level === level &&
              b.stage === stage &&
              (b.only ? b.only.includes(cat) : !(b.except ?? []).includes(cat)),
          );
          expect(hits.map((b) => b.hours)).toEqual([limitHours(limits, level, cat, stage)]);
        }
      }
    }
  });
});
