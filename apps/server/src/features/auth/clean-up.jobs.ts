import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from './auth.service.ts';
import { deleteExpiredCounters, deleteExpiredPortalCodes, deleteExpiredSessions } from './clean-up.repo.ts';

/**
 * Clean-ups of the access layer's short-lived rows, each a scheduled job kind (decision 0035): nothing else deletes
 * a session nobody comes back to, a counter nobody hits again, or a used portal code.
 */
const DAY_MS = 24 * 3_600_000;
const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

export const cleanUpJobs: JobKind<Deps>[] = [
  {
    kind: 'auth.expired-sessions',
    cron: '5,35 * * * *',
    run: async (deps, run) => {
      const now = run.now();
      return {
        deleted: await deleteExpiredSessions(deps.db, before(now, IDLE_TIMEOUT_MS), before(now, ABSOLUTE_TIMEOUT_MS)),
      };
    },
  },
  {
    kind: 'auth.expired-throttle-counters',
    cron: '10 * * * *',
    run: async (deps, run) => ({ deleted: await deleteExpiredCounters(deps.db, run.now().toISOString()) }),
  },
  {
    kind: 'auth.expired-portal-codes',
    cron: '40 * * * *',
    run: async (deps, run) => ({ deleted: await deleteExpiredPortalCodes(deps.db, before(run.now(), DAY_MS)) }),
  },
];
