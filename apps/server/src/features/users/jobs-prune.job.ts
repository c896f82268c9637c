import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { pruneFinishedRuns } from '../../platform/jobs/job-runs.repo.ts';

const DAY_MS = 24 * 3_600_000;
/** How long finished runs stay for the jobs view: succeeded 30 days, failed 90 (the latest of each kind and key always). */
export const KEEP_SUCCEEDED_DAYS = 30;
export const KEEP_FAILED_DAYS = 90;

/** The runner's own history does not grow without end: one row per key and occurrence is pruned daily. */
export const pruneJobRunsJob: JobKind<Deps> = {
  kind: 'jobs.prune-runs',
  cron: '50 3 * * *',
  run: async (deps, run) => {
    const now = run.now().getTime();
    const iso = (days: number) => new Date(now - days * DAY_MS).toISOString();
    return { deleted: await pruneFinishedRuns(deps.db, iso(KEEP_SUCCEEDED_DAYS), iso(KEEP_FAILED_DAYS)) };
  },
};
