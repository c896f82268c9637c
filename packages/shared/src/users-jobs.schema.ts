import { z } from 'zod';

/** The scheduled jobs as the security administrator sees them (GET /api/jobs): per kind, last and next run, failures. */
const runStatus = z.enum(['pending', 'running', 'succeeded', 'failed']);
export const jobRunSummary = z.object({
  key: z.string(),
  scheduledFor: z.string(),
  status: runStatus,
  attempts: z.number().int(),
  finishedAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export const jobKindStatus = z.object({
  kind: z.string(),
  cron: z.string(),
  timeZone: z.string(),
  nextRunAt: z.string().nullable(),
  /** The latest finished run (succeeded or failed). */
  lastRun: jobRunSummary.nullable(),
  pending: z.number().int(),
  running: z.number().int(),
  /** Pending runs that failed at least once and wait for their retry. */
  retrying: z.number().int(),
  /** Runs failed for good in the last 7 days, and the latest of them. */
  failedLastWeek: z.number().int(),
  recentFailures: z.array(jobRunSummary),
});
export const jobsStatusView = z.object({ kinds: z.array(jobKindStatus) });
export type JobsStatusView = z.infer<typeof jobsStatusView>;
