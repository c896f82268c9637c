import type { RequestStatus } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import type { TodoDraft, TodoKind, TodoScope } from '../todos/todos.types.ts';
import { dueSoonAt } from './service-requests.workflow.ts';
import * as repo from './requests.repo.ts';

/**
 * The service requests' kinds of work (待办, docs/todo-kinds.md), derived from the requests:
 * - `service-requests.to-dispatch`: a request submitted or accepted and not yet dispatched (受理/派单), at the post of
 *   the community that holds it (whoever may write services there: `service:write`). Due at the request's time limit
 *   (the service's hours from submission), yellow in its last quarter (the module's "due soon"); past the limit the
 *   same item reads as overdue — no second item. Event-driven: opened by the intake, closed by dispatch or rejection.
 * - `service-requests.overdue`: a dispatched request (with a worker, team or provider, started or not) past its time
 *   limit and not yet done, at the same post, to chase. Opened by the job `service-requests.open-overdue-todos`
 *   (every quarter of an hour, per subdistrict) or by any write on the request after its limit; closed by `complete`.
 * Items carry the service's name and the channel, never the resident's contact, description or address.
 */
export const STAFF_PERMISSION = 'service:write';

type Row = Awaited<ReturnType<typeof repo.requestsForTodos>>[number];

const draftOf = (r: Row, yellowAt: string | null): TodoDraft => ({
  subjectId: r.id,
  subdistrictId: subdistrictIdOf(r.unit_path),
  unitId: r.unit_id,
  unitPath: r.unit_path,
  assigneeId: null,
  permission: STAFF_PERMISSION,
  ref: r.service_name,
  params: { status: r.status, channel: r.channel },
  link: `/services?tab=requests&request=${r.id}`,
  dueAt: r.due_at,
  yellowAt,
});

const WAITING: RequestStatus[] = ['submitted', 'accepted'];
const HANDLING: RequestStatus[] = ['dispatched', 'in_progress'];

export const toDispatchKind: TodoKind = {
  kind: 'service-requests.to-dispatch',
  remind: {
    on: { yellow: 'service-requests.warning', red: 'service-requests.warning' },
    label: { zh: '待派单的居民诉求', en: 'Requests to dispatch' },
    escalate: true,
  },
  derive: async (db: Conn, scope: TodoScope) =>
    (await repo.requestsForTodos(db, scope, WAITING)).map((r) => draftOf(r, dueSoonAt(r.created_at, r.due_at))),
};

export const overdueKind: TodoKind = {
  kind: 'service-requests.overdue',
  remind: {
    on: { red: 'service-requests.warning' },
    label: { zh: '超时未办结的诉求', en: 'Requests overdue' },
    escalate: true,
  },
  derive: async (db: Conn, scope: TodoScope, now: string) =>
    (await repo.requestsForTodos(db, scope, HANDLING, now)).map((r) => draftOf(r, null)),
};

export const requestTodoKinds: readonly TodoKind[] = [toDispatchKind, overdueKind];
