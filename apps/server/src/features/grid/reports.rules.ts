/**
 * Daily report rules on Asia/Shanghai wall-clock time (UTC+8 all year, no daylight saving, so no
 * time-zone database is needed): which day it is, when the cut-off falls, whether a report is late and
 * whether it may still be corrected.
 */
const SHANGHAI_MS = 8 * 3_600_000;

export const localDay = (instant: string): string =>
  new Date(Date.parse(instant) + SHANGHAI_MS).toISOString().slice(0, 10);

/** The instant of the cut-off ('HH:MM' Shanghai time) on a day. */
export function cutoffInstant(day: string, cutoff: string): string {
  return new Date(Date.parse(`${day}T${cutoff}:00.000Z`) - SHANGHAI_MS).toISOString();
}

/** Late when submitted after its day's cut-off (a report for an earlier day is always late). */
export const isLate = (day: string, cutoff: string, submittedAt: string): boolean =>
  submittedAt > cutoffInstant(day, cutoff);

/** A report may be corrected until the end of its own day; afterwards it is locked. */
export const isLocked = (day: string, now: string): boolean => localDay(now) > day;

/** A report may be filed for today or an earlier day (marked late), never for a future day. */
export const dayAllowed = (day: string, now: string): boolean => day <= localDay(now);

/** Days from..to inclusive (YYYY-MM-DD), at most `max` of them. */
export function daysIn(from: string, to: string, max = 400): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`) && out.length < max; t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
