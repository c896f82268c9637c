import type { ImplementationInput, ProgressInput, RatingInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { matterDetail, nextStatus, requireMatter } from './matters.service.ts';
import { averageOf } from './matters.view.ts';
import * as repo from './matters.repo.ts';
import { today } from '../../platform/local-date.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { matterTodoKinds } from './decisions.todos.ts';

/** Implementation of a resolved matter (owner, due date, progress notes) and residents' ratings of the result. */
export async function setImplementation(deps: Deps, actor: Actor, id: string, input: ImplementationInput) {
  authorize(actor, 'decision:write');
  const m = await requireMatter(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockMatter(trx, id, deps.engine.forUpdate);
    nextStatus(current.status, 'track');
    const now = nowIsoOf(deps.clock);
    await repo.updateMatter(trx, id, { impl_owner: input.owner, impl_due_on: input.dueOn, updated_at: now });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'decision.implementation.update',
      subjectType: 'decision_matter',
      subjectId: id,
      orgPath: m.unit_path,
      changes: { before: { owner: current.impl_owner, dueOn: current.impl_due_on }, after: input },
    });
    await syncTodoKinds(trx, matterTodoKinds, [id], now);
  });
  return matterDetail(deps, actor, await requireMatter(deps.db, actor, id));
}

export async function addProgress(deps: Deps, actor: Actor, id: string, input: ProgressInput) {
  authorize(actor, 'decision:write');
  const m = await requireMatter(deps.db, actor, id);
  if (input.notedOn > today(deps.clock))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'notedOn'], message: 'validation.futureDate' }],
    });
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockMatter(trx, id, deps.engine.forUpdate);
    nextStatus(current.status, 'track');
    const row = {
      id: newId(),
      matter_id: id,
      noted_on: input.notedOn,
      note: input.note,
      percent: input.percent ?? null,
      recorded_by: actor.userId,
      created_at: nowIsoOf(deps.clock),
    };
    await repo.insertProgress(trx, row);
    await repo.updateMatter(trx, id, { updated_at: row.created_at });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'decision.progress.add',
      subjectType: 'decision_matter',
      subjectId: id,
      orgPath: m.unit_path,
      changes: { notedOn: row.noted_on, percent: row.percent },
    });
  });
  return matterDetail(deps, actor, await requireMatter(deps.db, actor, id));
}

/** A resident of the hall rates a published result once (1–5). */
export async function rateMatter(deps: Deps, actor: Actor, id: string, input: RatingInput) {
  authorize(actor, 'notice:rate');
  const m = await requireMatter(deps.db, actor, id);
  nextStatus(m.status, 'rate');
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await repo.insertRating(trx, {
        matter_id: id,
        user_id: actor.userId,
        score: input.score,
        comment: input.comment || null,
        created_at: nowIsoOf(deps.clock),
      });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'decision.rating.add',
        subjectType: 'decision_matter',
        subjectId: id,
        orgPath: m.unit_path,
        changes: { score: input.score },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  const [summary] = await repo.ratingSummary(deps.db, [id]);
  return {
    count: Number(summary?.n ?? 0),
    average: averageOf(Number(summary?.total ?? 0), Number(summary?.n ?? 0)),
    mine: input.score,
  };
}
