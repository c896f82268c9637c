import { subdistrictIdOf } from '../../platform/org-scope.ts';
import type { TodoDraft, TodoKind } from '../todos/todos.types.ts';
import * as alerts from './alerts.repo.ts';
import * as complaints from './complaints.repo.ts';

/**
 * The integrity module's kinds of work (待办) for discipline inspectors (docs/todo-kinds.md). Alerts and complaints
 * go to the subdistrict's inspectors (docs/domain-assumptions.md), so both are posts at the subdistrict unit of the
 * unit concerned, for the permission that does the work. Neither has a time limit in the records: no due time.
 * - integrity.alert-to-acknowledge: a supervision alert (预警) still open, until acknowledged (alert:handle).
 * - integrity.complaint-received: a complaint (投诉举报) received, until accepted or dismissed (complaint:handle);
 *   the item names the unit concerned only — never the content, the target text or the complainant.
 * Event-driven: synced where alerts are raised and handled, and where complaints are submitted and handled.
 */
const subdistrictPost = (unitPath: string) => {
  const sd = subdistrictIdOf(unitPath);
  return { subdistrictId: sd, unitId: sd, unitPath: `/${sd}/`, assigneeId: null };
};

export const alertToAcknowledgeKind: TodoKind = {
  kind: 'integrity.alert-to-acknowledge',
  remind: { on: { open: 'integrity.alert-new' }, label: { zh: '新的权力运行预警', en: 'New supervision alerts' } },
  async derive(db, scope) {
    const rows = await alerts.openAlertsForTodos(db, {
      alertIds: scope.subjectIds,
      subdistrictId: scope.subdistrictId,
    });
    return rows.map(
      (a): TodoDraft => ({
        subjectId: a.id,
        ...subdistrictPost(a.unit_path),
        permission: 'alert:handle',
        ref: a.item_code,
        params: { deviation: a.kind, unit: a.unit_name },
        link: '/integrity/alerts',
        dueAt: null,
      }),
    );
  },
};

export const complaintReceivedKind: TodoKind = {
  kind: 'integrity.complaint-received',
  remind: { on: { open: 'integrity.complaint-new' }, label: { zh: '新收到的投诉举报', en: 'New complaints' } },
  async derive(db, scope) {
    const rows = await complaints.receivedForTodos(db, {
      complaintIds: scope.subjectIds,
      subdistrictId: scope.subdistrictId,
    });
    return rows.map(
      (c): TodoDraft => ({
        subjectId: c.id,
        ...subdistrictPost(c.unit_path),
        permission: 'complaint:handle',
        ref: c.unit_name,
        params: { targetKind: c.target_kind },
        link: '/integrity/complaints',
        dueAt: null,
      }),
    );
  },
};

export const integrityTodoKinds: readonly TodoKind[] = [alertToAcknowledgeKind, complaintReceivedKind];
