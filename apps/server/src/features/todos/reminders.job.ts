import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { remindSubdistrict } from './reminders.ts';
import type { TodoKind } from './todos.types.ts';
import { subdistrictsWithItems } from './todos.repo.ts';

/**
 * Every minute, one run per subdistrict with open items (once across the nodes): the to-do reminders of every
 * module's kinds (reminders.ts) — an escalation reaches the receiving unit within a minute, like the outbox's delivery. The kinds come from the registry (modules.ts), which builds this job.
 */
export function todoRemindersJob(kinds: readonly TodoKind[]): JobKind<Deps> {
  return {
    kind: 'todos.remind',
    cron: '* * * * *',
    keys: (deps) => subdistrictsWithItems(deps.db),
    run: (deps, run) => remindSubdistrict(deps, kinds, run.key, run.now().toISOString(), run.scheduledFor),
  };
}
