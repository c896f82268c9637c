import type { Deps } from '../../deps.ts';
import type { JobKind } from '../../platform/jobs/job-kind.ts';
import { systemActor } from '../auth/system-actor.ts';
import { unitsOfKinds } from '../territory/territory.service.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { noticeEndingKind } from './decisions.todos.ts';

/**
 * Closes the "notice ending" items (decisions.notice-ending) of notices whose period ended yesterday: just after
 * midnight, one run per subdistrict (the day's change is the only thing that ends a notice).
 */
export const noticeTodosJob: JobKind<Deps> = {
  kind: 'decisions.close-ended-notices',
  cron: '5 0 * * *',
  keys: async (deps) => (await unitsOfKinds(deps.db, ['subdistrict'], { scope: systemActor().scope })).map((u) => u.id),
  run: (deps, run) =>
    deps.db
      .transaction()
      .execute((trx) => syncTodos(trx, noticeEndingKind, { subdistrictId: run.key }, run.now().toISOString())),
};
