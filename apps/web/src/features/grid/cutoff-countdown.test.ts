import { describe, expect, it } from 'vitest';
import { cutoffInstant, timeLeft } from './cutoff-countdown.ts';

describe('countdown to the daily cut-off', () => {
  it('reads the cut-off as Shanghai wall-clock time on the report day', () => {
    expect(new Date(cutoffInstant('2026-12-07', '17:00')).toISOString()).toBe('2026-12-07T09:00:00.000Z');
    // 00:30 in Shanghai is still the previous day in UTC
    expect(new Date(cutoffInstant('2026-12-07', '00:30')).toISOString()).toBe('2026-12-06T16:30:00.000Z');
  });

  it('counts down in hours, minutes and seconds, rounding a started second up', () => {
    const at = (iso: string) => Date.parse(iso);
    expect(timeLeft('2026-12-07', '17:00', at('2026-12-07T06:46:15.000Z'))).toBe('2:13:45');
    expect(timeLeft('2026-12-07', '17:00', at('2026-12-07T08:59:59.500Z'))).toBe('0:00:01');
    expect(timeLeft('2026-12-07', '17:00', at('2026-12-06T16:00:00.000Z'))).toBe('17:00:00');
  });

  it('is null at and after the cut-off, and for an unreadable time', () => {
    expect(timeLeft('2026-12-07', '17:00', Date.parse('2026-12-07T09:00:00.000Z'))).toBeNull();
    expect(timeLeft('2026-12-07', '17:00', Date.parse('2026-12-07T10:00:00.000Z'))).toBeNull();
    expect(timeLeft('2026-12-07', 'soon', Date.parse('2026-12-07T06:00:00.000Z'))).toBeNull();
  });
});
