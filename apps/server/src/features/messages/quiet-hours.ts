import type { QuietHours } from '@jishi/shared';
import { addDays, localDateTime, localInstant } from '../../platform/local-date.ts';

/**
 * When the quiet hours holding an SMS at `now` end (ISO instant), or null when `now` is outside them. Quiet hours
 * are wall-clock times in Asia/Shanghai, [start, end), and may span midnight (21:00–08:00); equal times: none.
 */
export function quietUntil(q: QuietHours, now: Date): string | null {
  if (q.start === q.end) return null;
  const local = localDateTime(now);
  const day = local.slice(0, 10);
  const time = local.slice(11, 16);
  const wraps = q.start > q.end;
  const quiet = wraps ? time >= q.start || time < q.end : time >= q.start && time < q.end;
  if (!quiet) return null;
  // Ends today when the end is still ahead on today's clock, else tomorrow (the evening part of 21:00–08:00).
  return localInstant(time < q.end ? day : addDays(day, 1), q.end);
}
