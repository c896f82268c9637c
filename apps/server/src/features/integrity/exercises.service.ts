import type { ExerciseListQuery } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn, Trx } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize, can } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { raiseAlerts } from './alerts.raise.ts';
import { exerciseTransition, type ExerciseAction } from './integrity.workflow.ts';
import { toItemView } from './items.view.ts';
import * as items from './items.repo.ts';
import * as repo from './exercises.repo.ts';
import { deviationsOf, group, stepView, toListItem } from './exercises.view.ts';

/** An exercise in the actor's scope; otherwise 404 (audited when it exists elsewhere). */
export async function requireExercise(db: Conn, actor: Actor, id: string): Promise<repo.ExerciseRow> {
  const e = await repo.findExercise(db, id);
  assertInScope(actor, e?.unit_path);
  return e as repo.ExerciseRow;
}

export function nextState(state: string, action: ExerciseAction): 'open' | 'closed' {
  const next = exerciseTransition(state as 'open' | 'closed', action);
  if (!next) throw new AppError('CONFLICT');
  return next;
}

/** Exercises with their deviations computed now, loaded set-wise (items, steps and alert counts in three queries). */
export async function withDeviations(deps: Deps, rows: repo.ExerciseRow[]) {
  const ids = rows.map((r) => r.id);
  const itemIds = [...new Set(rows.map((r) => r.item_id))];
  const [itemRows, itemSteps, steps, alerts] = await Promise.all([
    items.findItems(deps.db, itemIds),
    items.stepsOf(deps.db, itemIds).then((s) => group(s, (x) => x.item_id)),
    repo.stepsOfExercises(deps.db, ids).then((s) => group(s, (x) => x.exercise_id)),
    repo.openAlertCounts(deps.db, ids),
  ]);
  const itemOf = new Map(itemRows.map((i) => [i.id, i]));
  const now = nowIsoOf(deps.clock);
  return rows.map((e) => {
    const item = itemOf.get(e.item_id) as items.ItemRow;
    const is = itemSteps.get(e.item_id) ?? [];
    const st = steps.get(e.id) ?? [];
    return {
      row: e,
      item,
      itemSteps: is,
      steps: st,
      view: toListItem(e, is, st, deviationsOf(e, item, is, st, now), alerts.get(e.id) ?? 0),
    };
  });
}

export async function listExercises(deps: Deps, actor: Actor, query: ExerciseListQuery) {
  authorize(actor, 'integrity:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const deviating = query.deviating === undefined ? undefined : query.deviating === 'true';
  const { rows, total } = await repo.listExercises(
    deps.db,
    actor.scope,
    { unitPath, status: query.status, itemCode: query.itemCode, deviating },
    query.page,
    query.pageSize,
  );
  return {
    items: (await withDeviations(deps, rows)).map((x) => x.view),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getExercise(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'integrity:read');
  const [x] = await withDeviations(deps, [await requireExercise(deps.db, actor, id)]);
  const write = can(actor, 'integrity:write');
  const e = x.row;
  return {
    ...x.view,
    note: e.note,
    openedBy: e.opened_by,
    disclosedAt: e.disclosed_at,
    disclosureWhere: e.disclosure_where,
    disclosureNoticeId: e.disclosure_notice_id,
    item: toItemView(x.item, x.itemSteps, true),
    steps: x.steps.map(stepView),
    abilities: {
      recordStep: write && exerciseTransition(e.status, 'record_step') !== null,
      close: write && exerciseTransition(e.status, 'close') !== null,
      disclose: write && e.disclosed_at === null && x.item.disclosure_days !== null,
    },
  };
}

/** Detects the exercise's deviations as of now and raises the new ones, inside the caller's transaction. */
/**
 * Detects deviations and raises alerts. `asOf` is the moment the write speaks about (a back-dated
 * step's own time): entering paper records afterwards must not make steps look overdue that were done
 * in time. Steps still pending are judged against the real clock by on-demand detection.
 */
export async function detectIn(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  id: string,
  now: string,
  asOf: string = now,
): Promise<number> {
  const e = (await repo.findExercise(trx, id)) as repo.ExerciseRow;
  const item = (await items.findItem(trx, e.item_id)) as items.ItemRow;
  const itemSteps = await items.stepsOf(trx, [e.item_id]);
  const steps = await repo.stepsOfExercises(trx, [id]);
  return raiseAlerts(trx, deps, auditWho(actor), e, deviationsOf(e, item, itemSteps, steps, asOf), now);
}
