import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { newId } from '../../platform/ids.ts';
import { recordAudit, type AuditWho } from '../audit/audit.service.ts';
import type { Deviation } from './deviations.engine.ts';
import * as repo from './alerts.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { ALERTS } from './integrity.indicators.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { alertToAcknowledgeKind } from './integrity.todos.ts';

/**
 * Raises one alert per deviation not alerted before (idempotent: the key is exercise + kind + step,
 * also unique in the database), inside the caller's transaction, each with its audit record and its to-do item.
 */
export async function raiseAlerts(
  trx: Trx,
  deps: Pick<Deps, 'engine' | 'auditKeys'>,
  who: AuditWho,
  exercise: { id: string; unit_id: string; unit_path: string },
  deviations: Deviation[],
  now: string,
): Promise<number> {
  const have = await repo.existingKeys(trx, exercise.id);
  const raised: string[] = [];
  for (const d of deviations) {
    const key = `${d.kind}:${d.stepSeq ?? 0}`;
    if (have.has(key)) continue;
    have.add(key);
    const id = newId();
    await repo.insertAlert(trx, {
      id,
      exercise_id: exercise.id,
      unit_id: exercise.unit_id,
      kind: d.kind,
      step_seq: d.stepSeq ?? 0,
      evidence: d.detail,
      status: 'open',
      raised_at: now,
      finding: null,
      finding_note: null,
      closed_at: null,
      closed_by: null,
      updated_at: now,
    });
    await bumpCounter(trx, ALERTS, exercise.unit_id, now);
    await recordAudit(trx, deps, who, {
      action: 'integrity.alert.raise',
      subjectType: 'supervision_alert',
      subjectId: id,
      orgPath: exercise.unit_path,
      changes: { exerciseId: exercise.id, kind: d.kind, stepSeq: d.stepSeq },
    });
    raised.push(id);
  }
  await syncTodoKinds(trx, [alertToAcknowledgeKind], raised, now); // none raised: nothing to sync
  return raised.length;
}
