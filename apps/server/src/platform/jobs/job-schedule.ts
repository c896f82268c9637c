import { Cron } from 'croner';
import { DEFAULTS, JOB_TIME_ZONE } from './job-kind.ts';

/** Pure schedule arithmetic over croner: occurrences in Asia/Shanghai time, backoff. */

const patterns = new Map<string, Cron>();
function cronOf(expression: string): Cron {
  let c = patterns.get(expression);
  if (!c) {
    // No function: croner only evaluates the pattern, it starts no timer.
    c = new Cron(expression, { timezone: JOB_TIME_ZONE });
    patterns.set(expression, c);
  }
  return c;
}

/** Throws when the expression is not a valid cron pattern (checked when the runner is built). */
export function checkCron(expression: string): void {
  cronOf(expression);
}

/** The latest occurrence at or before `now` (null when the pattern never fired before). */
export function latestDue(expression: string, now: Date): Date | null {
  // croner leaves out an occurrence equal to the reference: look from 1 ms later so `now` itself counts.
  return cronOf(expression).previousRuns(1, new Date(now.getTime() + 1))[0] ?? null;
}

/** The first occurrence after `now`. */
export function nextDue(expression: string, now: Date): Date | null {
  return cronOf(expression).nextRun(now);
}

/** When a run that failed its `attempt`-th attempt may be tried again: `backoffMs`, doubled per further attempt. */
export function retryAt(now: Date, attempt: number, backoffMs: number = DEFAULTS.backoffMs): Date {
  return new Date(now.getTime() + backoffMs * 2 ** Math.max(0, attempt - 1));
}
