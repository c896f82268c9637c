import type { CaseActionInput, CaseCreate, SessionCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireGrid } from '../territory/territory.service.ts';
import { getResident } from '../residents/residents.service.ts';
import { handlesAt, type AssignRefusal } from './cases.policy.ts';
import { canRecordSession } from './cases.workflow.ts';
import { shouldAutoEscalate } from './cases.limits.ts';
import { linkItemToCase, reportItem } from './reports.service.ts';
import { assignCandidates, caseView, getCase, requireCase } from './cases.service.ts';
import { mixPlace, moveCase } from './cases.move.ts';
import * as repo from './cases.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { CASES_REGISTERED, MEDIATION_AGREEMENTS, MEDIATION_SESSIONS } from './grid.indicators.ts';
import { localDay } from '../../platform/local-date.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { caseTodoKinds } from './grid.todos.ts';

/**
 * Registering a case, moving it through its lifecycle and recording mediation sessions (photos: cases.photos.service.ts;
 * escalation when time runs out: cases.escalation.service.ts).
 */
const ASSIGN_REFUSAL_MESSAGE: Record<AssignRefusal, string> = {
  outside_grid: 'validation.assigneeOutsideGrid',
  leader_only: 'validation.assigneeLeaderOnly',
};

async function replay(deps: Deps, actor: Actor, key: string) {
  const prior = await repo.findByKey(deps.db, key);
  if (!prior) return null;
  if (prior.created_by !== actor.userId) throw new AppError('DUPLICATE');
  return caseView(deps, actor, prior);
}

/** `now` is the server clock; only the demo seed passes another (past cases as they happened). */
export async function createCase(deps: Deps, actor: Actor, input: CaseCreate, now = nowIsoOf(deps.clock)) {
  authorize(actor, 'grid:case');
  const grid = await requireGrid(deps.db, actor, input.gridId);
  const again = await replay(deps, actor, input.idempotencyKey);
  if (again) return again;
  if (input.reportItemId) {
    const item = await reportItem(deps, input.reportItemId);
    if (!item || item.grid_id !== grid.id) throw new AppError('NOT_FOUND');
    if (item.case_id !== null) throw new AppError('DUPLICATE');
  }
  const id = newId();
  const parties: { id: string; case_id: string; resident_id: string | null; name: string; role: string | null }[] = [];
  for (const p of input.parties) {
    const name = p.residentId ? (await getResident(deps, actor, p.residentId)).name : (p.name as string);
    parties.push({ id: newId(), case_id: id, resident_id: p.residentId ?? null, name, role: p.role || null });
  }
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertCase(trx, {
        id,
        number: `MD${localDay(now).replaceAll('-', '')}-${id.slice(-6).toUpperCase()}`,
        grid_id: grid.id,
        source: input.source,
        report_item_id: input.reportItemId ?? null,
        category: input.category,
        risk: input.risk,
        level: 'grid',
        status: 'registered',
        place: input.place,
        description: input.description,
        registered_at: now,
        stage_started_at: now,
        assignee_id: null,
        resolved_level: null,
        resolved_at: null,
        closed_at: null,
        lat_e6: null,
        lng_e6: null,
        idempotency_key: input.idempotencyKey,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      });
      await repo.insertParties(trx, parties);
      if (input.reportItemId) await linkItemToCase(trx, input.reportItemId, id);
      await bumpCounter(trx, CASES_REGISTERED, grid.id, now);
      await repo.bumpMix(
        trx,
        mixPlace({
          grid_id: grid.id,
          registered_at: now,
          category: input.category,
          level: 'grid',
          status: 'registered',
          resolved_level: null,
        }),
        1,
      );
      await repo.insertEvent(trx, {
        id: newId(),
        case_id: id,
        action: 'register',
        from_status: null,
        to_status: 'registered',
        level: 'grid',
        actor_id: actor.userId,
        actor_name: actor.displayName,
        note: null,
        at: now,
      });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'grid.case.register',
        subjectType: 'dispute_case',
        subjectId: id,
        orgPath: grid.path,
        changes: {
          source: input.source,
          category: input.category,
          risk: input.risk,
          parties: parties.length,
          reportItemId: input.reportItemId ?? null,
        },
      });
      // A high-risk dispute does not wait at grid level: it goes to the community at once.
      if (shouldAutoEscalate({ stage: 'accept', warning: 'none', level: 'grid', risk: input.risk })) {
        await moveCase(
          trx,
          deps,
          actor,
          {
            id,
            grid_id: grid.id,
            status: 'registered',
            level: 'grid',
            grid_path: grid.path,
            category: input.category,
            registered_at: now,
            resolved_level: null,
          },
          'escalate',
          { auto: 'high_risk' },
          now,
        );
      } else await syncTodoKinds(trx, caseTodoKinds, [id], now);
    });
  } catch (error) {
    const winner = await replay(deps, actor, input.idempotencyKey);
    if (winner) return winner;
    throw translateDbError(error);
  }
  return getCase(deps, actor, id);
}

export async function actOnCase(
  deps: Deps,
  actor: Actor,
  id: string,
  input: CaseActionInput,
  now = nowIsoOf(deps.clock),
) {
  authorize(actor, 'grid:case');
  const c = await requireCase(deps.db, actor, id);
  if (!handlesAt(actor.scope.paths, c.grid_path, c.level)) throw new AppError('CASE_TRANSITION');
  const patch: Record<string, unknown> = {};
  if (input.action === 'assign') {
    const to = input.assigneeId
      ? (await assignCandidates(deps, actor, c)).find((p) => p.id === input.assigneeId)
      : undefined;
    const refusal = to ? to.refusal : 'outside_grid';
    if (!input.assigneeId || refusal !== null) {
      const message = input.assigneeId && refusal ? ASSIGN_REFUSAL_MESSAGE[refusal] : 'validation.assignee';
      throw new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', 'assigneeId'], message }] });
    }
    patch.assignee_id = input.assigneeId;
  }
  const note =
    [input.note, input.agreement && `协议/Agreement: ${input.agreement}`, input.reason].filter(Boolean).join('\n') ||
    null;
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockCase(trx, id, deps.engine.forUpdate);
    await moveCase(trx, deps, actor, { ...current, grid_path: c.grid_path }, input.action, { note, patch }, now);
  });
  return getCase(deps, actor, id);
}

export async function recordSession(
  deps: Deps,
  actor: Actor,
  id: string,
  input: SessionCreate,
  now = nowIsoOf(deps.clock),
) {
  authorize(actor, 'grid:case');
  const c = await requireCase(deps.db, actor, id);
  if (!handlesAt(actor.scope.paths, c.grid_path, c.level)) throw new AppError('CASE_TRANSITION');
  if (input.heldOn > localDay(now))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'heldOn'], message: 'validation.futureDate' }],
    });
  const sid = newId();
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockCase(trx, id, deps.engine.forUpdate);
    if (!canRecordSession(current.status)) throw new AppError('CASE_TRANSITION');
    await repo.insertSession(trx, {
      id: sid,
      case_id: id,
      held_on: input.heldOn,
      mediators: JSON.stringify(input.mediators),
      outcome: input.outcome,
      notes: input.notes,
      level: current.level,
      recorded_by: actor.userId,
      recorded_by_name: actor.displayName,
      created_at: now,
    });
    await bumpCounter(trx, MEDIATION_SESSIONS, current.grid_id, input.heldOn);
    if (input.outcome === 'agreement') await bumpCounter(trx, MEDIATION_AGREEMENTS, current.grid_id, input.heldOn);
    await repo.updateCase(trx, id, { updated_at: now });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'grid.case.session',
      subjectType: 'dispute_case',
      subjectId: id,
      orgPath: c.grid_path,
      changes: { sessionId: sid, heldOn: input.heldOn, outcome: input.outcome, mediators: input.mediators.length },
    });
  });
  return getCase(deps, actor, id);
}
