/**
 * A kind of scheduled job a module declares (`ServerModule.jobs`): when it runs (a cron expression read in
 * Asia/Shanghai), for which keys (one run per key and occurrence, e.g. per subdistrict), and what it does.
 * `D` is what the handler is given (the server's `Deps`).
 */
export interface JobKind<D> {
  /** Stable name, `<module>.<what>` (e.g. `grid.escalate-overdue`); it is the first part of every run's unique key. */
  kind: string;
  /** Cron expression (croner syntax, 5 or 6 fields), in Asia/Shanghai time. */
  cron: string;
  /** The keys to run for at an occurrence (read when the occurrence is planned); one run, key `all`, when absent. */
  keys?: (deps: D, at: Date) => Promise<string[]>;
  /** The work. Resolves to a small JSON summary stored on the run; a throw is a failed attempt. */
  run: (deps: D, run: JobRunContext) => Promise<unknown>;
  /** Attempts before the run is marked failed (default 5). */
  maxAttempts?: number;
  /** Delay before the first retry; doubled for each further one (default one minute). */
  backoffMs?: number;
  /** How long a claim holds the run before another node may take it over; renewed while it runs (default 5 min). */
  leaseMs?: number;
  /** A missed occurrence older than this is not caught up after a restart (default: the latest is always run). */
  catchUpWithinMs?: number;
}

export interface JobRunContext {
  kind: string;
  key: string;
  /** The occurrence this run is for (ISO instant). */
  scheduledFor: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The runner's clock. */
  now: () => Date;
}

export const JOB_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_KEY = 'all';
export const DEFAULTS = { maxAttempts: 5, backoffMs: 60_000, leaseMs: 5 * 60_000 } as const;
