/**
 * Calendar dates of the deliberation hall. Meetings happen on local dates in Asia/Shanghai
 * (UTC+8, no daylight saving), so "today" is the date there, not the UTC date.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export const shanghaiToday = (now: number = Date.now()): string =>
  new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of a 'YYYY-MM-DD' date. */
export const monthOf = (date: string): string => date.slice(0, 7);
