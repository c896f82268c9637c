/** The subdistrict's calendar: Asia/Shanghai, UTC+8 all year (no daylight saving), as on the server. */
const SHANGHAI_OFFSET = '+08:00';

/** The instant (ms) of a local wall-clock cut-off `HH:MM` on a local day `YYYY-MM-DD` of the subdistrict. */
export function cutoffInstant(date: string, cutoff: string): number {
  return Date.parse(`${date}T${cutoff}:00${SHANGHAI_OFFSET}`);
}

/** Time left until the cut-off as `H:MM:SS` (hours not padded, may exceed 23), or null once it has passed. */
export function timeLeft(date: string, cutoff: string, nowMs: number): string | null {
  const left = cutoffInstant(date, cutoff) - nowMs;
  if (!Number.isFinite(left) || left <= 0) return null;
  const total = Math.ceil(left / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
