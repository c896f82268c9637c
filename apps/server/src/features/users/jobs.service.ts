import type { JobsStatusView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { jobsOverview } from '../../platform/jobs/job-runs.repo.ts';
import type { JobRunTable } from '../../platform/jobs/jobs.table.ts';

const WEEK_MS = 7 * 24 * 3_600_000;

type Summary = Pick<JobRunTable, 'key' | 'scheduled_for' | 'status' | 'attempts' | 'finished_at' | 'last_error'>;
const summaryView = (r: Summary) => ({
  key: r.key,
  scheduledFor: r.scheduled_for,
  status: r.status,
  attempts: r.attempts,
  finishedAt: r.finished_at,
  lastError: r.last_error,
});

/**
 * The scheduled jobs (platform/jobs, decision 0035) for the security administrator: each kind the runner nodes
 * planned, with its next and last run and its failures. Jobs run for the whole deployment, so nothing is scoped.
 */
export async function jobsStatus(deps: Deps, actor: Actor, now = deps.clock.now()): Promise<JobsStatusView> {
  authorize(actor, 'job:read');
  const { schedules, counts, perKind } = await jobsOverview(
    deps.db,
    new Date(now.getTime() - WEEK_MS).toISOString(),
    5,
  );
  return {
    kinds: schedules.map((s, i) => {
      const c = counts.find((x) => x.kind === s.kind);
      const { last, failures } = perKind[i];
      return {
        kind: s.kind,
        cron: s.cron,
        timeZone: s.time_zone,
        nextRunAt: s.next_run_at,
        lastRun: last ? summaryView(last) : null,
        pending: Number(c?.pending ?? 0),
        running: Number(c?.running ?? 0),
        retrying: Number(c?.retrying ?? 0),
        failedLastWeek: Number(c?.failed ?? 0),
        recentFailures: failures.map(summaryView),
      };
    }),
  };
}
