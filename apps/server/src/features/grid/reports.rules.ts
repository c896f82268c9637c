import { localDay, localInstant } from '../../platform/local-date.ts';

/**
 * Daily report rules on the subdistrict's wall-clock time (platform/local-date.ts): whether a report is late and
 * whether it may still be corrected or filed.
 */

/** Late when submitted after its day's cut-off ('HH:MM' local time; a report for an earlier day is always late). */
export const isLate = (day: string, cutoff: string, submittedAt: string): boolean =>
  submittedAt > localInstant(day, cutoff);

/** A report may be corrected until the end of its own day; afterwards it is locked. */
export const isLocked = (day: string, now: string): boolean => localDay(now) > day;

/** A report may be filed for today or an earlier day (marked late), never for a future day. */
export const dayAllowed = (day: string, now: string): boolean => day <= localDay(now);
