import type { AlertActionInput, AlertListQuery, DetectInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { alertTransition } from './integrity.workflow.ts';
import { detectIn } from './exercises.service.ts';
import { detectable } from './exercises.repo.ts';
import * as repo from './alerts.repo.ts';
import { daysBetween, localDay } from '../../platform/local-date.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { alertToAcknowledgeKind } from './integrity.todos.ts';

/** Supervision alerts for the discipline inspection office: list (open ones age), read, handle, and detection on demand. */
async function views(deps: Deps, rows: repo.AlertRow[]) {
  const notes = await repo.notesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const today = localDay(deps.clock.now());
  return rows.map((a) => ({
    id: a.id,
    exerciseId: a.exercise_id,
    exerciseTitle: a.exercise_title,
    unitId: a.unit_id,
    unitName: a.unit_name,
    itemCode: a.item_code,
    itemName: a.item_name,
    kind: a.kind,
    stepSeq: a.step_seq === 0 ? null : a.step_seq,
    evidence: a.evidence,
    status: a.status,
    raisedAt: a.raised_at,
    ageDays: daysBetween(localDay(a.raised_at), a.closed_at ? localDay(a.closed_at) : today),
    finding: a.finding,
    findingNote: a.finding_note,
    closedAt: a.closed_at,
    notes: notes
      .filter((n) => n.alert_id === a.id)
      .map((n) => ({ at: n.created_at, author: n.display_name ?? '', note: n.note })),
  }));
}

async function requireAlert(deps: Deps, actor: Actor, id: string): Promise<repo.AlertRow> {
  const a = await repo.findAlert(deps.db, id);
  assertInScope(actor, a?.unit_path);
  return a as repo.AlertRow;
}

export async function listAlerts(deps: Deps, actor: Actor, query: AlertListQuery) {
  authorize(actor, 'supervision:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const { rows, total } = await repo.listAlerts(
    deps.db,
    actor.scope,
    { unitPath, status: query.status, kind: query.kind },
    query.page,
    query.pageSize,
  );
  return { items: await views(deps, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function getAlert(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'supervision:read');
  return (await views(deps, [await requireAlert(deps, actor, id)]))[0];
}

/** Acknowledge, add an investigation note, or close with a finding; illegal transitions are 409. */
export async function actOnAlert(deps: Deps, actor: Actor, id: string, input: AlertActionInput) {
  authorize(actor, 'alert:handle');
  const a = await requireAlert(deps, actor, id);
  if (input.action === 'close' && !input.finding)
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'finding'], message: 'validation.reason' }],
    });
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockAlert(trx, id, deps.engine.forUpdate);
    const next = alertTransition(current.status, input.action);
    if (!next) throw new AppError('CONFLICT');
    const closing = input.action === 'close';
    await repo.updateAlert(trx, id, {
      status: next,
      updated_at: now,
      ...(closing
        ? { finding: input.finding ?? null, finding_note: input.note, closed_at: now, closed_by: actor.userId }
        : {}),
    });
    await repo.insertNote(trx, {
      id: newId(),
      alert_id: id,
      action: input.action,
      note: input.note,
      author_id: actor.userId,
      created_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: `integrity.alert.${input.action}`,
      subjectType: 'supervision_alert',
      subjectId: id,
      orgPath: a.unit_path,
      changes: { from: current.status, to: next, finding: closing ? input.finding : undefined },
    });
    await syncTodoKinds(trx, [alertToAcknowledgeKind], [id], now);
  });
  return getAlert(deps, actor, id);
}

/**
 * Detection on demand over the exercises in scope that can still deviate (open, or closed without their
 * disclosure). A scheduled job can call the same function later; alerts are idempotent.
 */
export async function detectNow(deps: Deps, actor: Actor, input: DetectInput) {
  authorize(actor, 'alert:handle');
  const unitPath = input.unitId ? (await requireUnit(deps.db, actor, input.unitId)).path : undefined;
  const rows = await detectable(deps.db, actor.scope, unitPath);
  const now = nowIsoOf(deps.clock);
  let raised = 0;
  await deps.db.transaction().execute(async (trx) => {
    for (const e of rows) raised += await detectIn(trx, deps, actor, e.id, now);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'integrity.detect',
      subjectType: 'power_exercise',
      orgPath: unitPath ?? actor.scope.paths[0],
      changes: { checked: rows.length, raised },
    });
  });
  return { checked: rows.length, raised };
}
