import type {
  CaseAction,
  CaseActionInput,
  CaseCreate,
  CaseLevel,
  CaseStatus,
  DisputeCategory,
  SessionCreate,
} from '@jishi/shared';
import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { acceptPhoto, assertRoomFor, attach } from '../../platform/files/attachments.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireGrid } from '../territory/territory.service.ts';
import { getResident } from '../residents/residents.service.ts';
import { handlesAt, type AssignRefusal } from './cases.policy.ts';
import { caseTransition, canRecordSession, nextLevel } from './cases.workflow.ts';
import { shouldAutoEscalate } from './cases.limits.ts';
import { linkItemToCase, reportItem } from './reports.service.ts';
import {
  assignCandidates,
  autoEscalationCandidates,
  caseView,
  getCase,
  requireCase,
  withTimers,
} from './cases.service.ts';
import * as repo from './cases.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import {
  CASES_REGISTERED,
  CASES_RESOLVED,
  CASES_RESOLVED_AT_GRID,
  MEDIATION_AGREEMENTS,
  MEDIATION_SESSIONS,
} from './grid.indicators.ts';
import { localDay } from '../../platform/local-date.ts';

/** Registering a case, moving it through its lifecycle, mediation sessions, photos, and escalation when time runs out. */
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
const mixPlace = (
  c: Pick<MovingCase, 'grid_id' | 'registered_at' | 'category' | 'level' | 'status' | 'resolved_level'>,
): repo.MixPlace => ({
  grid_id: c.grid_id,
  day: localDay(c.registered_at),
  category: c.category,
  level: c.level,
  status: c.status,
  resolved_level: c.resolved_level,
});

/** Moves the case and writes its event and audit record, inside the caller's transaction. */
async function move(
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
  return { ...c, status: to, level };
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
        await move(
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
      }
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
    await move(trx, deps, actor, { ...current, grid_path: c.grid_path }, input.action, { note, patch }, now);
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

/** The answer for a photo already stored under its key (the GPS position is only reported on the first upload). */
const storedReceipt = (p: { id: string; content_type: string; width: number; height: number; bytes: number }) => ({
  id: p.id,
  contentType: p.content_type,
  width: p.width,
  height: p.height,
  bytes: p.bytes,
  location: null,
});

/** One photo (raw image body): checked and cleaned by the platform intake, stored under a server key; the same key stores it once. */
export async function uploadPhoto(
  deps: Deps,
  actor: Actor,
  id: string,
  body: unknown,
  query: { key: string; useLocation: 'true' | 'false' },
) {
  authorize(actor, 'grid:case');
  const c = await requireCase(deps.db, actor, id);
  const prior = await repo.findPhotoByKey(deps.db, query.key);
  if (prior) {
    if (prior.case_id !== id || prior.uploaded_by !== actor.userId) throw new AppError('DUPLICATE');
    return storedReceipt(prior);
  }
  assertRoomFor(await repo.countPhotos(deps.db, id));
  const image = await acceptPhoto(body, { keepLocation: query.useLocation === 'true' });
  const pid = newId();
  const now = nowIsoOf(deps.clock);
  try {
    await attach(deps, image, async (trx, stored) => {
      await repo.insertPhoto(trx, id, stored, {
        id: pid,
        width: image.width,
        height: image.height,
        idempotency_key: query.key,
        uploaded_by: actor.userId,
        created_at: now,
      });
      if (image.location)
        await repo.updateCase(trx, id, {
          lat_e6: Math.round(image.location.lat * 1e6),
          lng_e6: Math.round(image.location.lng * 1e6),
          updated_at: now,
        });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'grid.case.photo',
        subjectType: 'dispute_case',
        subjectId: id,
        orgPath: c.grid_path,
        changes: {
          photoId: pid,
          contentType: image.contentType,
          bytes: image.bytes.length,
          locationKept: Boolean(image.location),
        },
      });
    });
  } catch (error) {
    const winner = await repo.findPhotoByKey(deps.db, query.key);
    if (winner && winner.case_id === id) return storedReceipt(winner);
    throw translateDbError(error);
  }
  return {
    id: pid,
    contentType: image.contentType,
    width: image.width,
    height: image.height,
    bytes: image.bytes.length,
    location: image.location,
  };
}

/**
 * Escalates the open cases in the actor's scope (optionally of some subdistricts only) whose accept or handle time
 * has run out (or that are high risk at grid level) one level up, each in its own transaction with its event and
 * audit record. Only the candidates are read (an indexed query per subdistrict), not every open case; `checked`
 * counts them. Idempotent and row-locked: a case already moved is left alone.
 */
export async function escalateOverdue(deps: Deps, actor: Actor, now = nowIsoOf(deps.clock), subdistrictIds?: string[]) {
  authorize(actor, 'grid:case');
  const rows = await autoEscalationCandidates(deps.db, actor.scope, now, subdistrictIds);
  let escalated = 0;
  for (const { row, timer } of await withTimers(deps.db, rows, now)) {
    const due = shouldAutoEscalate({
      stage: timer.stage,
      warning: timer.warning,
      level: row.level,
      risk: row.risk,
    });
    if (!due || caseTransition(row.status, 'escalate', row.level) === null) continue;
    await deps.db.transaction().execute(async (trx) => {
      const current = await repo.lockCase(trx, row.id, deps.engine.forUpdate);
      if (current.status !== row.status || current.level !== row.level) return;
      await move(
        trx,
        deps,
        actor,
        { ...current, grid_path: row.grid_path },
        'escalate',
        { auto: timer.warning === 'red' ? 'overdue' : 'high_risk' },
        now,
      );
      escalated += 1;
    });
  }
  return { checked: rows.length, escalated };
}
