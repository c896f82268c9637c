import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { systemActor } from '../auth/system-actor.ts';
import { unitsOfKinds } from '../territory/territory.service.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { reportDueKind } from './grid.todos.ts';

/**
 * Opens the day's "report due" items (grid.report-due) just after midnight, one run per subdistrict: the day's
 * expected reports replace yesterday's items (a missed report stays in the compliance figures, not in the to-do).
 */
export const reportTodosJob: JobKind<Deps> = {
  kind: 'grid.open-report-todos',
  cron: '5 0 * * *',
  keys: async (deps) => (await unitsOfKinds(deps.db, ['subdistrict'], { scope: systemActor().scope })).map((u) => u.id),
  run: (deps, run) =>
    deps.db
      .transaction()
      .execute((trx) => syncTodos(trx, reportDueKind, { subdistrictId: run.key }, run.now().toISOString())),
};
