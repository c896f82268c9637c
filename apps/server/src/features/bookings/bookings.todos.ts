import type { Conn } from '../../db/schema.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import type { TodoKind, TodoScope } from '../todos/todos.types.ts';
import * as repo from './bookings.repo.ts';

/**
 * The bookings' kind of work (待办, docs/todo-kinds.md): `bookings.to-approve`, a booking of a room that needs the
 * community's approval, still pending — at the post of the premises' community that approves bookings
 * (`service:write`, as `actOnBooking` requires). Due when the booking starts (a decision after that is moot), yellow a
 * day before. Event-driven: opened by the booking, closed by approval, rejection or cancellation. The item names the
 * room, its premises and the start; never the booker, their purpose or head count.
 */
export const APPROVER_PERMISSION = 'service:write';
const DAY_MS = 86_400_000;

export const toApproveKind: TodoKind = {
  kind: 'bookings.to-approve',
  derive: async (db: Conn, scope: TodoScope) =>
    (await repo.pendingForTodos(db, scope)).map((b) => ({
      subjectId: b.id,
      subdistrictId: subdistrictIdOf(b.unit_path),
      unitId: b.unit_id,
      unitPath: b.unit_path,
      assigneeId: null,
      permission: APPROVER_PERMISSION,
      ref: b.room_name,
      params: { premises: b.premises_name, startsAt: b.starts_at },
      link: `/services?tab=bookings&booking=${b.id}`,
      dueAt: b.starts_at,
      yellowAt: new Date(Date.parse(b.starts_at) - DAY_MS).toISOString(),
    })),
};

export const bookingTodoKinds: readonly TodoKind[] = [toApproveKind];
