/** The scheduled-job runner's tables (migration 2026_12_07_0900_scheduled_jobs; decision 0035). */

/** A declared job kind as the runner nodes last planned it. */
export interface JobScheduleTable {
  kind: string;
  cron: string;
  time_zone: string;
  /** The latest occurrence planned (ISO instant), null before the first. */
  last_planned_for: string | null;
  next_run_at: string | null;
  updated_at: string;
}

export type JobRunStatus = 'pending' | 'running' | 'succeeded' | 'failed';

/** One scheduled run: unique per (kind, key, scheduled_for). */
export interface JobRunTable {
  id: string;
  kind: string;
  key: string;
  scheduled_for: string;
  status: JobRunStatus;
  /** Attempts started so far (a claim counts one). */
  attempts: number;
  /** Not claimed before this instant (the scheduled instant, then the backoff after a failure). */
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  /** The handler's summary (JSON), on success. */
  result: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}
