import { describe, expect, it } from 'vitest';
import { reportDays } from './grid.indicators.ts';

describe('daily reports expected', () => {
  it('counts the days of the period up to today, none for a period still to come', () => {
    expect(reportDays('2025-03-01', '2025-03-10', '2026-01-01')).toBe(10);
    expect(reportDays('2025-03-01', '2025-03-31', '2025-03-05')).toBe(5);
    expect(reportDays('2030-01-01', '2030-01-31', '2026-01-01')).toBe(0);
  });
});
