import type { Clock } from './clock.ts';

/**
 * Business dates on the subdistrict's calendar. Dates are 'YYYY-MM-DD' text, instants UTC ISO-8601 text.
 * The subdistrict keeps Asia/Shanghai time: UTC+8 all year, no daylight saving, so the arithmetic needs no
 * time-zone database. This is the only place that converts between instants and local days.
 */
export const TIME_ZONE = 'Asia/Shanghai';
const UTC_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const dayMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const dateOfMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Local wall-clock time of an instant as 'YYYY-MM-DDTHH:MM:SS.sss' (no zone suffix). */
export const localDateTime = (instant: string | Date): string =>
  new Date(new Date(instant).getTime() + UTC_OFFSET_MS).toISOString().slice(0, 23);

/** The local day of an instant: the day a record counts on. */
export const localDay = (instant: string | Date): string => localDateTime(instant).slice(0, 10);

/** A date stays itself, an instant becomes its local day. */
export const dayOf = (dateOrInstant: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(dateOrInstant) ? dateOrInstant : localDay(dateOrInstant);

/** Today on the subdistrict's calendar. */
export const today = (clock: Clock): string => localDay(clock.now());

/** The instant of a local wall-clock time ('HH:MM') on a day, e.g. a cut-off. */
export const localInstant = (day: string, time: string): string =>
  new Date(Date.parse(`${day}T${time}:00.000Z`) - UTC_OFFSET_MS).toISOString();

/** The first instant of a local day. */
export const dayStart = (day: string): string => localInstant(day, '00:00');

/** The first instant after a local day (the next day's start): the day is [dayStart, dayEnd). */
export const dayEnd = (day: string): string => dayStart(addDays(day, 1));

/** The date n calendar days after (n < 0: before) a date. */
export const addDays = (date: string, n: number): string => dateOfMs(dayMs(date) + n * DAY_MS);

/** Whole calendar days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number => Math.round((dayMs(to) - dayMs(from)) / DAY_MS);

/** Days from..to inclusive, at most `max` of them. */
export function daysIn(from: string, to: string, max = 400): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < max; d = addDays(d, 1)) out.push(d);
  return out;
}

/** 'YYYY-MM' of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);
