import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { systemActor } from '../auth/system-actor.ts';
import { unitsOfKinds } from '../territory/territory.service.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { meetingDueKind } from './party-life.todos.ts';

/**
 * Opens the month's "meetings due" items (party-life.meeting-due) just after midnight on the 1st, one run per
 * subdistrict: the new month's items replace the last month's (a month missed stays in the schedule check and the
 * 三会一课 figures, not in the to-do).
 */
export const openMeetingTodosJob: JobKind<Deps> = {
  kind: 'party-life.open-meeting-todos',
  cron: '10 0 1 * *',
  keys: async (deps) => (await unitsOfKinds(deps.db, ['subdistrict'], { scope: systemActor().scope })).map((u) => u.id),
  run: (deps, run) =>
    deps.db
      .transaction()
      .execute((trx) => syncTodos(trx, meetingDueKind, { subdistrictId: run.key }, run.now().toISOString())),
};
