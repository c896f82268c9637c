import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { systemActor } from '../auth/system-actor.ts';
import { unitsOfKinds } from '../territory/territory.service.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { overdueKind } from './service-requests.todos.ts';

/**
 * Opens "request overdue" items (service-requests.overdue) for dispatched requests whose time limit has passed since
 * the last run: no write marks that moment. Every quarter of an hour, one run per subdistrict, reading only that
 * subdistrict's dispatched and started requests already due.
 */
export const overdueTodosJob: JobKind<Deps> = {
  kind: 'service-requests.open-overdue-todos',
  cron: '*/15 * * * *',
  keys: async (deps) => (await unitsOfKinds(deps.db, ['subdistrict'], { scope: systemActor().scope })).map((u) => u.id),
  run: (deps, run) =>
    deps.db
      .transaction()
      .execute((trx) => syncTodos(trx, overdueKind, { subdistrictId: run.key }, run.now().toISOString())),
};
