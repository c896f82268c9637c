import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { systemActor } from '../auth/system-actor.ts';
import { unitsOfKinds } from '../territory/territory.service.ts';
import { cutoffReminders } from './cutoff-reminders.ts';

/** The daily report's reminders (cutoff-reminders.ts): every five minutes, one run per subdistrict, once across nodes. */
export const cutoffRemindersJob: JobKind<Deps> = {
  kind: 'grid.cutoff-reminders',
  cron: '*/5 * * * *',
  keys: async (deps) => (await unitsOfKinds(deps.db, ['subdistrict'], { scope: systemActor().scope })).map((u) => u.id),
  run: (deps, run) => cutoffReminders(deps, run.key, run.now().toISOString()),
};
