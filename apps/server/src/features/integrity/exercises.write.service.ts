import type { DisclosureInput, ExerciseCloseInput, ExerciseOpenInput, StepRecordInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireCommunity } from '../territory/territory.service.ts';
import { boardNotices } from '../decisions/board.service.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import * as items from './items.repo.ts';
import * as rollout from './rollout.repo.ts';
import * as repo from './exercises.repo.ts';
import { detectIn, getExercise, nextState, requireExercise } from './exercises.service.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { EXERCISES } from './integrity.indicators.ts';

/** Opening, recording steps, closing and disclosing an exercise; each write detects deviations and raises alerts in the same transaction. */
const badTime = (field: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', field], message: 'validation.stepTime' }] });

function instant(value: string | undefined, field: string, notBefore: string | null, now: string): string {
  const at = value ? new Date(value).toISOString() : now;
  if (at > now || (notBefore !== null && at < notBefore)) throw badTime(field);
  return at;
}

export async function openExercise(deps: Deps, actor: Actor, input: ExerciseOpenInput) {
  authorize(actor, 'integrity:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const [item] = await items.activeByCodes(deps.db, subdistrictIdOf(unit.path), [input.itemCode]);
  if (!item) throw new AppError('NOT_FOUND');
  if (!(await rollout.isEnabled(deps.db, unit.id, item.code))) throw new AppError('NOT_ENABLED');
  const openedAt = instant(input.openedAt, 'openedAt', null, nowIsoOf(deps.clock));
  const id = newId();
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertExercise(trx, {
      id,
      unit_id: unit.id,
      item_id: item.id,
      title: input.title,
      note: input.note || null,
      status: 'open',
      opened_at: openedAt,
      opened_by: actor.userId,
      closed_at: null,
      closed_by: null,
      disclosed_at: null,
      disclosure_where: null,
      disclosure_notice_id: null,
      created_at: now,
      updated_at: now,
    });
    await bumpCounter(trx, EXERCISES, unit.id, openedAt);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'integrity.exercise.open',
      subjectType: 'power_exercise',
      subjectId: id,
      orgPath: unit.path,
      changes: { itemId: item.id, code: item.code, version: item.version, openedAt },
    });
    await detectIn(trx, deps, actor, id, now, openedAt);
  });
  return getExercise(deps, actor, id);
}

export async function recordStep(deps: Deps, actor: Actor, id: string, input: StepRecordInput) {
  authorize(actor, 'integrity:write');
  const e = await requireExercise(deps.db, actor, id);
  const steps = await items.stepsOf(deps.db, [e.item_id]);
  if (!steps.some((s) => s.seq === input.stepSeq))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'stepSeq'], message: 'validation.parentKind' }],
    });
  const doneAt = instant(input.doneAt, 'doneAt', e.opened_at, nowIsoOf(deps.clock));
  const now = nowIsoOf(deps.clock);
  await deps.db
    .transaction()
    .execute(async (trx) => {
      const current = await repo.lockExercise(trx, id, deps.engine.forUpdate);
      nextState(current.status, 'record_step');
      await repo.insertStep(trx, {
        id: newId(),
        exercise_id: id,
        step_seq: input.stepSeq,
        done_at: doneAt,
        actor_id: actor.userId,
        actor_name: actor.displayName,
        note: input.note || null,
        evidence: JSON.stringify(input.evidence),
        created_at: now,
      });
      await repo.updateExercise(trx, id, { updated_at: now });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'integrity.exercise.step',
        subjectType: 'power_exercise',
        subjectId: id,
        orgPath: e.unit_path,
        changes: { stepSeq: input.stepSeq, doneAt, evidence: input.evidence.length },
      });
      await detectIn(trx, deps, actor, id, now, doneAt);
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return getExercise(deps, actor, id);
}

export async function closeExercise(deps: Deps, actor: Actor, id: string, input: ExerciseCloseInput) {
  authorize(actor, 'integrity:write');
  const e = await requireExercise(deps.db, actor, id);
  // ISO instants sort as strings: the latest of the opening and every step done.
  const doneAts = (await repo.stepsOfExercises(deps.db, [id])).map((s) => s.done_at);
  const last = [e.opened_at, ...doneAts].sort().at(-1) ?? e.opened_at;
  const closedAt = instant(input.closedAt, 'closedAt', last, nowIsoOf(deps.clock));
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockExercise(trx, id, deps.engine.forUpdate);
    nextState(current.status, 'close');
    await repo.updateExercise(trx, id, {
      status: 'closed',
      closed_at: closedAt,
      closed_by: actor.userId,
      updated_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'integrity.exercise.close',
      subjectType: 'power_exercise',
      subjectId: id,
      orgPath: e.unit_path,
      changes: { closedAt },
      reason: input.note || null,
    });
    await detectIn(trx, deps, actor, id, now, closedAt);
  });
  return getExercise(deps, actor, id);
}

/** Records the required disclosure, optionally naming a notice published on the hall's public board (decisions module). */
export async function discloseExercise(deps: Deps, actor: Actor, id: string, input: DisclosureInput) {
  authorize(actor, 'integrity:write');
  const e = await requireExercise(deps.db, actor, id);
  if (e.disclosed_at !== null) throw new AppError('CONFLICT');
  if (input.noticeId) {
    const board = await boardNotices(deps, e.unit_id, { page: 1, pageSize: 200 });
    if (!board.items.some((n) => n.id === input.noticeId)) throw new AppError('NOT_FOUND');
  }
  const publishedAt = instant(input.publishedAt, 'publishedAt', e.opened_at, nowIsoOf(deps.clock));
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockExercise(trx, id, deps.engine.forUpdate);
    nextState(current.status, 'disclose');
    if (current.disclosed_at !== null) throw new AppError('CONFLICT');
    await repo.updateExercise(trx, id, {
      disclosed_at: publishedAt,
      disclosure_where: input.where,
      disclosure_notice_id: input.noticeId ?? null,
      updated_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'integrity.exercise.disclose',
      subjectType: 'power_exercise',
      subjectId: id,
      orgPath: e.unit_path,
      changes: { publishedAt, noticeId: input.noticeId ?? null },
    });
    await detectIn(trx, deps, actor, id, now, publishedAt);
  });
  return getExercise(deps, actor, id);
}
