import { describe, expect, it } from 'vitest';
import { dayAllowed, isLate, isLocked } from './reports.rules.ts';

describe('daily report rules (Asia/Shanghai)', () => {
  it('after the 17:00 cut-off (09:00 UTC) a report is late, and a report for an earlier day is always late', () => {
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
});
