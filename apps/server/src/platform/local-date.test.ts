import { describe, expect, it } from 'vitest';
import { settableClock, systemClock } from './clock.ts';
import {
  addDays,
  dayEnd,
  dayOf,
  dayStart,
  daysBetween,
  daysIn,
  localDateTime,
  localDay,
  localInstant,
  monthOf,
  today,
} from './local-date.ts';

describe('local dates (Asia/Shanghai, UTC+8)', () => {
  it('the day changes at Shanghai midnight (16:00 UTC)', () => {
    expect(localDay('2026-03-01T15:59:59.000Z')).toBe('2026-03-01');
    expect(localDay('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
    expect(localDateTime('2026-11-20T06:30:00.000Z')).toBe('2026-11-20T14:30:00.000');
  });
  it('a date stays itself, an instant counts on its local day', () => {
    expect(dayOf('2025-06-30')).toBe('2025-06-30');
    expect(dayOf('2025-06-30T15:59:59.000Z')).toBe('2025-06-30');
    expect(dayOf('2025-06-30T16:00:00.000Z')).toBe('2025-07-01');
  });
  it('today is the local day of the clock: 23:30 UTC is 07:30 the next day', () => {
    const clock = settableClock();
    clock.set('2026-11-29T23:30:00.000Z');
    expect(today(clock)).toBe('2026-11-30');
    clock.set('2026-11-29T15:59:59.000Z');
    expect(today(clock)).toBe('2026-11-29');
    clock.set(undefined);
    expect(today(clock)).toBe(today(systemClock));
  });
  it('a local wall-clock time and the bounds of a local day as instants', () => {
    expect(localInstant('2026-03-01', '17:00')).toBe('2026-03-01T09:00:00.000Z');
    expect(dayStart('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
    expect(dayEnd('2026-03-01')).toBe('2026-03-01T16:00:00.000Z');
  });
  it('adds and counts days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(monthOf('2026-11-29')).toBe('2026-11');
  });
  it('lists the days of a period inclusively, bounded', () => {
    expect(daysIn('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysIn('2026-03-02', '2026-03-01')).toEqual([]);
    expect(daysIn('2020-01-01', '2026-01-01', 5)).toHaveLength(5);
  });
});
