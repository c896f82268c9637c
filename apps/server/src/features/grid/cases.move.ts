import type { CaseAction, CaseLevel, CaseStatus, DisputeCategory } from '@jishi/shared';
import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { localDay } from '../../platform/local-date.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { caseTransition, nextLevel } from './cases.workflow.ts';
import * as repo from './cases.repo.ts';
import { CASES_RESOLVED, CASES_RESOLVED_AT_GRID } from './grid.indicators.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { caseTodoKinds } from './grid.todos.ts';

/** What a transition reads of the case (its row, locked by the caller). */
interface MovingCase {
  id: string;
  grid_id: string;
  status: CaseStatus;
  level: CaseLevel;
  grid_path: string;
  category: DisputeCategory;
  registered_at: string;
  resolved_level: CaseLevel | null;
}

/** The case's cell in the case mix: registration day and current state. */
export const mixPlace = (
  c: Pick<MovingCase, 'grid_id' | 'registered_at' | 'category' | 'level' | 'status' | 'resolved_level'>,
): repo.MixPlace => ({
  grid_id: c.grid_id,
  day: localDay(c.registered_at),
  category: c.category,
  level: c.level,
  status: c.status,
  resolved_level: c.resolved_level,
});

/**
 * Moves the case one step of its lifecycle and writes its event and audit record, inside the caller's transaction
 * (the actions, the escalation sweep and registration's high-risk escalation).
 */
export async function moveCase(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  c: MovingCase,
  action: CaseAction,
  extra: { note?: string | null; auto?: string; patch?: Record<string, unknown> } = {},
  now = nowIsoOf(deps.clock),
) {
  const from = c.status;
  const to = caseTransition(from, action, c.level);
  if (to === null) throw new AppError('CASE_TRANSITION');
  const level = action === 'escalate' ? (nextLevel(c.level) as CaseLevel) : c.level;
  const stageChanges = action === 'escalate' || action === 'accept' || action === 'resolve' || action === 'fail';
  await repo.updateCase(trx, c.id, {
    status: to,
    level,
    updated_at: now,
    ...(stageChanges ? { stage_started_at: now } : {}),
    ...(to === 'resolved' ? { resolved_level: c.level, resolved_at: now } : {}),
    ...(to === 'closed' ? { closed_at: now } : {}),
    ...extra.patch,
  });
  // the case leaves its cell of the case mix for the new one
  await repo.bumpMix(trx, mixPlace(c), -1);
  await repo.bumpMix(
    trx,
    mixPlace({ ...c, status: to, level, resolved_level: to === 'resolved' ? c.level : c.resolved_level }),
    1,
  );
  if (to === 'resolved') {
    await bumpCounter(trx, CASES_RESOLVED, c.grid_id, now);
    if (c.level === 'grid') await bumpCounter(trx, CASES_RESOLVED_AT_GRID, c.grid_id, now);
  }
  await repo.insertEvent(trx, {
    id: newId(),
    case_id: c.id,
    action,
    from_status: from,
    to_status: to,
    level,
    actor_id: actor.userId,
    actor_name: actor.displayName,
    note: extra.note ?? (extra.auto ? `auto:${extra.auto}` : null),
    at: now,
  });
  await recordAudit(trx, deps, auditWho(actor), {
    action: `grid.case.${action}`,
    subjectType: 'dispute_case',
    subjectId: c.id,
    orgPath: c.grid_path,
    changes: { from, to, level, ...(extra.auto ? { auto: extra.auto } : {}), ...(extra.patch ?? {}) },
    reason: extra.note ?? null,
  });
  await syncTodoKinds(trx, caseTodoKinds, [c.id], now);
  return { ...c, status: to, level };
}
