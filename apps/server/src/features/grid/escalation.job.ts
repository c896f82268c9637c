import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { systemActor } from '../auth/system-actor.ts';
import { escalateOverdue } from './cases.escalation.service.ts';
import { unitsOfKinds } from '../territory/territory.service.ts';

/**
 * Dispute cases whose accept/handle time ran out escalate by themselves (decision 0015): every quarter of an hour,
 * one run per subdistrict, once across the app nodes (decision 0035). Each run reads only that subdistrict's
 * candidates (an indexed query), as of the runner's clock.
 */
export const escalationSweepJob: JobKind<Deps> = {
  kind: 'grid.escalate-overdue',
  cron: '*/15 * * * *',
  keys: async (deps) =>
    (await unitsOfKinds(deps.db, ['subdistrict'], { scope: systemActor().scope, ended: true })).map((u) => u.id),
  run: (deps, run) => escalateOverdue(deps, systemActor(), run.now().toISOString(), [run.key]),
};
