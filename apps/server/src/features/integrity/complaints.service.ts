import type { ComplaintActionInput, ComplaintListQuery } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { complaintTransition } from './integrity.workflow.ts';
import * as repo from './complaints.repo.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { complaintReceivedKind } from './integrity.todos.ts';

/** Complaints for discipline inspectors only (complaint:read / complaint:handle); every read is audited in the read's own transaction. */

async function requireComplaint(deps: Deps, actor: Actor, id: string): Promise<repo.ComplaintRow> {
  const c = await repo.findComplaint(deps.db, id);
  assertInScope(actor, c?.unit_path);
  return c as repo.ComplaintRow;
}

export async function listComplaints(deps: Deps, actor: Actor, query: ComplaintListQuery) {
  authorize(actor, 'complaint:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return deps.db.transaction().execute(async (trx) => {
    const { rows, total } = await repo.listComplaints(
      trx,
      actor.scope,
      { unitPath, status: query.status },
      query.page,
      query.pageSize,
    );
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'integrity.complaint.list',
      subjectType: 'complaint',
      orgPath: unitPath ?? actor.scope.paths[0],
      changes: { ids: rows.map((r) => r.id), status: query.status ?? null },
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        unitId: r.unit_id,
        unitName: r.unit_name,
        targetKind: r.target_kind,
        targetText: r.target_text,
        anonymous: r.anonymous === 1,
        status: r.status,
        submittedAt: r.created_at,
        updatedAt: r.updated_at,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export async function getComplaint(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'complaint:read');
  const c = await requireComplaint(deps, actor, id);
  return deps.db.transaction().execute(async (trx) => {
    const notes = await repo.notesOf(trx, id, false);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'integrity.complaint.read',
      subjectType: 'complaint',
      subjectId: id,
      orgPath: c.unit_path,
    });
    return {
      id: c.id,
      unitId: c.unit_id,
      unitName: c.unit_name,
      targetKind: c.target_kind,
      targetId: c.target_id,
      targetText: c.target_text,
      content: c.content,
      anonymous: c.anonymous === 1,
      status: c.status,
      submittedAt: c.created_at,
      updatedAt: c.updated_at,
      name: c.name_enc ? deps.cipher.decrypt('complaint_name', c.name_enc) : null,
      contact: c.contact_enc ? deps.cipher.decrypt('complaint_contact', c.contact_enc) : null,
      notes: notes.map((n) => ({
        at: n.created_at,
        author: n.display_name ?? '',
        note: n.note,
        public: n.public === 1,
      })),
    };
  });
}

/** accept / note (investigation, internal) / reply (public answer, shown to the tracking code) / conclude / dismiss. */
export async function actOnComplaint(deps: Deps, actor: Actor, id: string, input: ComplaintActionInput) {
  authorize(actor, 'complaint:handle');
  const c = await requireComplaint(deps, actor, id);
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockComplaint(trx, id, deps.engine.forUpdate);
    const next = complaintTransition(current.status, input.action);
    if (!next) throw new AppError('CONFLICT');
    await repo.updateComplaint(trx, id, { status: next, updated_at: now });
    await repo.insertNote(trx, {
      id: newId(),
      complaint_id: id,
      action: input.action,
      note: input.note,
      public: input.action === 'reply' ? 1 : 0,
      author_id: actor.userId,
      created_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: `integrity.complaint.${input.action}`,
      subjectType: 'complaint',
      subjectId: id,
      orgPath: c.unit_path,
      changes: { from: current.status, to: next },
    });
    await syncTodoKinds(trx, [complaintReceivedKind], [id], now);
  });
  return getComplaint(deps, actor, id);
}
