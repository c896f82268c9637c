import { describe, expect, it } from 'vitest';
import { cutoffInstant, dayAllowed, daysIn, isLate, isLocked, localDay } from './reports.rules.ts';

describe('daily report rules (Asia/Shanghai)', () => {
  it('the day changes at Shanghai midnight (16:00 UTC)', () => {
    expect(localDay('2026-03-01T15:59:59.000Z')).toBe('2026-03-01');
    expect(localDay('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
  });
  it('17:00 cut-off is 09:00 UTC; after it a report is late, and a report for an earlier day is always late', () => {
    expect(cutoffInstant('2026-03-01', '17:00')).toBe('2026-03-01T09:00:00.000Z');
    expect(isLate('2026-03-01', '17:00', '2026-03-01T08:59:59.000Z')).toBe(false);
    expect(isLate('2026-03-01', '17:00', '2026-03-01T09:00:01.000Z')).toBe(true);
    expect(isLate('2026-03-01', '18:30', '2026-03-01T10:00:00.000Z')).toBe(false);
    expect(isLate('2026-02-28', '17:00', '2026-03-01T01:00:00.000Z')).toBe(true);
  });
  it('is corrected the same day only, and never filed for a future day', () => {
    expect(isLocked('2026-03-01', '2026-03-01T15:59:00.000Z')).toBe(false);
    expect(isLocked('2026-03-01', '2026-03-01T16:00:00.000Z')).toBe(true);
    expect(dayAllowed('2026-03-02', '2026-03-01T15:00:00.000Z')).toBe(false);
    expect(dayAllowed('2026-03-02', '2026-03-01T16:00:00.000Z')).toBe(true);
    expect(dayAllowed('2026-02-01', '2026-03-01T16:00:00.000Z')).toBe(true);
  });
  it('lists the days of a period inclusively, bounded', () => {
    expect(daysIn('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysIn('2026-03-02', '2026-03-01')).toEqual([]);
    expect(daysIn('2020-01-01', '2026-01-01', 5)).toHaveLength(5);
  });
});
