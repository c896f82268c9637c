import type { ProposalCreateInput, ProposalListQuery, WithdrawInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize, can } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireCommunity, requireUnit } from '../territory/territory.service.ts';
import * as repo from './proposals.repo.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { proposalToAcceptKind } from './decisions.todos.ts';

/** Residents' proposals to their hall (一征): residents propose and support; the hall's staff adopt them into matters or decline. */
type ListedRow = Awaited<ReturnType<typeof repo.listProposals>>['rows'][number];

function toView(actor: Actor, p: ListedRow) {
  return {
    id: p.id,
    unitId: p.unit_id,
    unitName: p.unit_name,
    title: p.title,
    content: p.content,
    status: p.status,
    supportCount: Number(p.support_count ?? 0),
    supportedByMe: Number(p.mine_count ?? 0) > 0,
    mine: p.proposer_id === actor.userId,
    proposerName: can(actor, 'decision:read') ? p.proposer_name : null,
    matterId: p.matter_id,
    declineReason: p.decline_reason,
    createdAt: p.created_at,
  };
}

async function requireProposal(deps: Deps, actor: Actor, id: string) {
  const p = await repo.findProposal(deps.db, id);
  assertInScope(actor, p?.unit_path);
  return p as NonNullable<typeof p>;
}

async function viewOf(deps: Deps, actor: Actor, id: string) {
  const p = await requireProposal(deps, actor, id);
  const { rows } = await repo.listProposals(
    deps.db,
    actor.scope,
    actor.userId,
    { unitPath: p.unit_path, ids: [id] },
    1,
    1,
  );
  return toView(actor, rows[0]);
}

export async function listProposals(deps: Deps, actor: Actor, query: ProposalListQuery) {
  authorize(actor, 'proposal:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const { rows, total } = await repo.listProposals(
    deps.db,
    actor.scope,
    actor.userId,
    { unitPath, status: query.status },
    query.page,
    query.pageSize,
  );
  return { items: rows.map((r) => toView(actor, r)), total, page: query.page, pageSize: query.pageSize };
}

export async function createProposal(deps: Deps, actor: Actor, input: ProposalCreateInput) {
  authorize(actor, 'proposal:create');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const now = nowIsoOf(deps.clock);
  const row = {
    id: newId(),
    unit_id: unit.id,
    title: input.title,
    content: input.content,
    proposer_id: actor.userId,
    status: 'open' as const,
    matter_id: null,
    decline_reason: null,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertProposal(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'decision.proposal.create',
      subjectType: 'decision_proposal',
      subjectId: row.id,
      orgPath: unit.path,
      changes: { title: row.title },
    });
    await syncTodos(trx, proposalToAcceptKind, { subjectIds: [row.id] }, now);
  });
  return viewOf(deps, actor, row.id);
}

/** One support per person, never for one's own proposal, only while it is open. */
export async function supportProposal(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'proposal:create');
  const p = await requireProposal(deps, actor, id);
  if (p.status !== 'open' || p.proposer_id === actor.userId) throw new AppError('CONFLICT');
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await repo.insertSupport(trx, id, actor.userId, nowIsoOf(deps.clock));
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'decision.proposal.support',
        subjectType: 'decision_proposal',
        subjectId: id,
        orgPath: p.unit_path,
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return viewOf(deps, actor, id);
}

export async function declineProposal(deps: Deps, actor: Actor, id: string, input: WithdrawInput) {
  authorize(actor, 'decision:write');
  const p = await requireProposal(deps, actor, id);
  if (p.status !== 'open') throw new AppError('CONFLICT');
  await deps.db.transaction().execute(async (trx) => {
    const now = nowIsoOf(deps.clock);
    await repo.updateProposals(trx, [id], { status: 'declined', decline_reason: input.reason, updated_at: now });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'decision.proposal.decline',
      subjectType: 'decision_proposal',
      subjectId: id,
      orgPath: p.unit_path,
      reason: input.reason,
    });
    await syncTodos(trx, proposalToAcceptKind, { subjectIds: [id] }, now);
  });
  return viewOf(deps, actor, id);
}
