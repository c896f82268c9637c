import type { ReceptionInput, ReceptionIssueToRequestInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireCommunity, requireUnit } from '../territory/territory.service.ts';
import { requireService } from './catalog.service.ts';
import { insertSubmitted } from './requests.intake.service.ts';
import * as repo from './receptions.repo.ts';

/** Party-representative studio (党代表工作室) receptions: the issues raised and their follow-up; an issue can become a request. */
async function requireReception(deps: Deps, actor: Actor, id: string) {
  const r = await repo.findReception(deps.db, id);
  assertInScope(actor, r?.unit_path);
  return r as repo.ReceptionRow;
}

async function viewsOf(deps: Deps, rows: repo.ReceptionRow[]) {
  const issues = await repo.issuesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    heldOn: r.held_on,
    representatives: r.representatives,
    visitors: r.visitors,
    issues: issues
      .filter((i) => i.reception_id === r.id)
      .map((i) => ({ id: i.id, seq: i.seq, issue: i.issue, followUp: i.follow_up, requestId: i.request_id })),
  }));
}

export async function listReceptions(deps: Deps, actor: Actor, query: { unitId?: string }) {
  authorize(actor, 'service:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return viewsOf(deps, await repo.listReceptions(deps.db, actor.scope, unitPath));
}

export async function getReception(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'service:read');
  const [v] = await viewsOf(deps, [await requireReception(deps, actor, id)]);
  return v;
}

export async function recordReception(deps: Deps, actor: Actor, input: ReceptionInput) {
  authorize(actor, 'service:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const id = newId();
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertReception(trx, {
      id,
      unit_id: unit.id,
      held_on: input.heldOn,
      representatives: input.representatives,
      visitors: input.visitors,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    for (const [i, issue] of input.issues.entries()) {
      await repo.insertIssue(trx, {
        id: newId(),
        reception_id: id,
        seq: i + 1,
        issue: issue.issue,
        follow_up: issue.followUp,
        request_id: null,
      });
    }
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'reception.record',
      subjectType: 'reception',
      subjectId: id,
      orgPath: unit.path,
      changes: { heldOn: input.heldOn, issues: input.issues.length },
    });
  });
  return getReception(deps, actor, id);
}

/** Turns one raised issue into a service request (channel 'reception'); an issue becomes at most one request. */
export async function issueToRequest(
  deps: Deps,
  actor: Actor,
  receptionId: string,
  issueId: string,
  input: ReceptionIssueToRequestInput,
) {
  authorize(actor, 'service:write');
  const r = await requireReception(deps, actor, receptionId);
  const service = await requireService(deps.db, actor, input.serviceId);
  if (service.unit_id !== r.unit_id)
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'serviceId'], message: 'validation.sameCommunity' }],
    });
  await deps.db.transaction().execute(async (trx) => {
    const issue = await repo.lockIssue(trx, receptionId, issueId, deps.engine.forUpdate);
    if (!issue) throw new AppError('NOT_FOUND');
    if (issue.request_id) throw new AppError('CONFLICT');
    const requestId = await insertSubmitted(trx, deps, auditWho(actor), actor.displayName, {
      service,
      channel: 'reception',
      description: issue.issue,
      address: input.address,
      submittedBy: null,
      receptionIssueId: issue.id,
    });
    await repo.linkIssue(trx, issue.id, requestId);
  });
  return getReception(deps, actor, receptionId);
}
