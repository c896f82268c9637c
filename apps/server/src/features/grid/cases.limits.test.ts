import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMITS, limitHours, shouldAutoEscalate, warningOf } from './cases.limits.ts';

describe('stage time limits', () => {
  it('take the level default unless the category overrides it', () => {
    expect(limitHours(DEFAULT_TIME_LIMITS, 'grid', 'neighbours', 'accept')).toBe(24);
    expect(limitHours(DEFAULT_TIME_LIMITS, 'community', 'neighbours', 'handle')).toBe(360);
    expect(limitHours(DEFAULT_TIME_LIMITS, 'community', 'demolition', 'handle')).toBe(720);
    expect(limitHours(DEFAULT_TIME_LIMITS, 'community', 'demolition', 'accept')).toBe(48);
  });
  it('warn yellow from two thirds of the time used and red once it has run out', () => {
    const start = '2026-03-01T00:00:00.000Z';
    expect(warningOf(start, 24, '2026-03-01T15:59:00.000Z')).toEqual({ dueAt: '2026-03-02T00:00:00.000Z', warning: 'none' });
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
});
