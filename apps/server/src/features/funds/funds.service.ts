import type { AllocationInput, AllocationView, BudgetApprovalInput, ExpenditureInput, FundKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { checkExpenditure } from './funds.rules.ts';
import * as repo from './funds.repo.ts';
import { fundTotals as totalsIn } from './funds.stats.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { fundCounterOf } from './funds.indicators.ts';

/**
 * Funds (经费): a subdistrict allocates to a community (or to itself) per year and kind; expenditures are
 * recorded against an allocation and never go beyond it without an explicit over-budget approval (decision 0019).
 */
async function requireAllocation(db: Conn, actor: Actor, id: string): Promise<repo.AllocationRow> {
  const a = await repo.findAllocation(db, id);
  assertInScope(actor, a?.unit_path);
  return a as repo.AllocationRow;
}

async function viewsOf(db: Conn, rows: repo.AllocationRow[]): Promise<AllocationView[]> {
  const ids = rows.map((r) => r.id);
  const [spent, approvals] = await Promise.all([repo.expendituresOf(db, ids), repo.approvalsOf(db, ids)]);
  return rows.map((a) => {
    const ex = spent.filter((e) => e.allocation_id === a.id);
    const ap = approvals.filter((x) => x.allocation_id === a.id);
    const spentFen = ex.reduce((s, e) => s + Number(e.amount_fen), 0);
    const extra = ap.reduce((s, x) => s + Number(x.extra_fen), 0);
    return {
      id: a.id,
      ownerUnitId: a.owner_unit_id,
      recipientUnitId: a.recipient_unit_id,
      recipientName: a.unit_name,
      year: a.year,
      kind: a.kind,
      purpose: a.purpose,
      amountFen: Number(a.amount_fen),
      allocatedOn: a.allocated_on,
      approvedExtraFen: extra,
      spentFen,
      remainingFen: Number(a.amount_fen) + extra - spentFen,
      expenditures: ex.map((e) => ({
        id: e.id,
        amountFen: Number(e.amount_fen),
        spentOn: e.spent_on,
        purpose: e.purpose,
        projectId: e.project_id,
        beyondAllocation: e.beyond_allocation === 1,
      })),
      approvals: ap.map((x) => ({
        id: x.id,
        extraFen: Number(x.extra_fen),
        reason: x.reason,
        approvedAt: x.approved_at,
      })),
    };
  });
}

export async function listAllocations(
  deps: Deps,
  actor: Actor,
  query: { year?: number; kind?: FundKind; unitId?: string },
) {
  authorize(actor, 'fund:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return viewsOf(
    deps.db,
    await repo.listAllocations(deps.db, actor.scope, { unitPath, year: query.year, kind: query.kind }),
  );
}

export async function getAllocation(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'fund:read');
  const [view] = await viewsOf(deps.db, [await requireAllocation(deps.db, actor, id)]);
  return view;
}

/** The allocating unit is the subdistrict the recipient lies in. */
export async function createAllocation(deps: Deps, actor: Actor, input: AllocationInput) {
  authorize(actor, 'fund:write');
  const unit = await requireUnit(deps.db, actor, input.recipientUnitId);
  if (input.allocatedOn.slice(0, 4) !== String(input.year)) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'allocatedOn'], message: 'validation.timeOrder' }],
    });
  }
  const owner = subdistrictIdOf(unit.path) || unit.id;
  const id = newId();
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertAllocation(trx, {
      id,
      owner_unit_id: owner,
      recipient_unit_id: unit.id,
      year: input.year,
      kind: input.kind,
      purpose: input.purpose,
      amount_fen: input.amountFen,
      allocated_on: input.allocatedOn,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    const counter = fundCounterOf(input.kind);
    if (counter) await bumpCounter(trx, counter, unit.id, input.allocatedOn, input.amountFen);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'fund.allocate',
      subjectType: 'fund_allocation',
      subjectId: id,
      orgPath: unit.path,
      changes: { year: input.year, kind: input.kind, amountFen: input.amountFen },
    });
  });
  return getAllocation(deps, actor, id);
}

/** Records an expenditure; one that would exceed allocation + approved extra is refused (409 OVER_BUDGET), nothing written. */
export async function recordExpenditure(deps: Deps, actor: Actor, id: string, input: ExpenditureInput) {
  authorize(actor, 'fund:write');
  const a = await requireAllocation(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    const t = await repo.lockedTotals(trx, id, deps.engine.forUpdate);
    const verdict = checkExpenditure(t.amountFen, t.extraFen, t.spentFen, input.amountFen);
    if (!verdict.ok) throw new AppError('OVER_BUDGET');
    const expenditureId = newId();
    await repo.insertExpenditure(trx, {
      id: expenditureId,
      allocation_id: id,
      amount_fen: input.amountFen,
      spent_on: input.spentOn,
      purpose: input.purpose,
      project_id: input.projectId,
      beyond_allocation: verdict.beyondAllocation ? 1 : 0,
      recorded_by: actor.userId,
      created_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'fund.spend',
      subjectType: 'fund_allocation',
      subjectId: id,
      orgPath: a.unit_path,
      changes: { amountFen: input.amountFen, beyondAllocation: verdict.beyondAllocation },
    });
  });
  return getAllocation(deps, actor, id);
}

/** An explicit over-budget approval (超预算审批) by a subdistrict leader: raises what may be spent. */
export async function approveOverBudget(deps: Deps, actor: Actor, id: string, input: BudgetApprovalInput) {
  authorize(actor, 'fund:approve');
  const a = await requireAllocation(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertApproval(trx, {
      id: newId(),
      allocation_id: id,
      extra_fen: input.extraFen,
      reason: input.reason,
      approved_by: actor.userId,
      approved_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'fund.approve_over_budget',
      subjectType: 'fund_allocation',
      subjectId: id,
      orgPath: a.unit_path,
      changes: { extraFen: input.extraFen },
      reason: input.reason,
    });
  });
  return getAllocation(deps, actor, id);
}

export async function fundTotals(deps: Deps, actor: Actor, query: { year?: number }) {
  authorize(actor, 'fund:read');
  return totalsIn(deps.db, actor.scope, query.year);
}

/** For supervision: allocations whose spending went beyond the allocation under an over-budget approval. */
export async function overBudget(deps: Deps, actor: Actor) {
  authorize(actor, 'fund:read');
  const views = await viewsOf(deps.db, await repo.listAllocations(deps.db, actor.scope, {}));
  return views
    .filter((v) => v.spentFen > v.amountFen)
    .map((v) => ({
      allocationId: v.id,
      recipientName: v.recipientName,
      kind: v.kind,
      year: v.year,
      amountFen: v.amountFen,
      spentFen: v.spentFen,
      approvedExtraFen: v.approvedExtraFen,
    }));
}
