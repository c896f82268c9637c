/**
 * Time limits are counted in calendar days on Asia/Shanghai dates (UTC+8 all year, no daylight saving),
 * so the arithmetic needs no time-zone database: a step done on the last day of its limit is on time.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;

export const shanghaiDate = (instant: string): string =>
  new Date(Date.parse(instant) + OFFSET_MS).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
