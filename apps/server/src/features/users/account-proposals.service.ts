import { needsDualControl, ROLE_ADMINISTRATION, ROLES, type Role } from '@jishi/shared';
import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit, unitNamesById } from '../territory/territory.service.ts';
import type { AccountProposalTable } from '../auth/auth.table.ts';
import { usersWithScopePath } from './users.repo.ts';
import { userToView } from './users.service.ts';
import {
  applyCreate,
  applyPasswordReset,
  applySecondFactorReset,
  applyUpdate,
  prepareCreate,
  preparePasswordReset,
  prepareUpdate,
  requireOtherAccount,
  type AccountChanges,
  type AccountInput,
  type Approval,
} from './account-changes.ts';

/**
 * Dual control (双人审批) over accounts of the administrator roles: one administrator proposes a change, a
 * different administrator approves it and only then is it applied, in the approval's transaction. Nobody
 * approves their own proposal or decides on a proposal about their own account.
 */
export type ProposalInput =
  | { kind: 'create'; account: AccountInput }
  | { kind: 'update'; userId: string; changes: AccountChanges }
  | { kind: 'password_reset'; userId: string }
  | { kind: 'second_factor_reset'; userId: string };

type ProposalRow = AccountProposalTable & { proposer_name: string };

const toView = (p: ProposalRow, unitNames: Map<string, string> = new Map()) => ({
  id: p.id,
  kind: p.kind as ProposalInput['kind'],
  status: p.status,
  userId: p.target_user_id,
  username: p.username,
  roles: JSON.parse(p.roles) as Role[],
  changes: JSON.parse(p.changes) as Record<string, unknown>,
  scopeUnitName: unitNames.get(String((JSON.parse(p.changes) as { scopeUnitId?: unknown }).scopeUnitId)) ?? null,
  proposedBy: p.proposed_by,
  proposedByName: p.proposer_name,
  proposedAt: p.proposed_at,
  decidedBy: p.decided_by,
  decidedAt: p.decided_at,
});

const proposals = (deps: Deps) =>
  deps.db
    .selectFrom('account_proposals as p')
    .innerJoin('users as u', 'u.id', 'p.proposed_by')
    .selectAll('p')
    .select('u.display_name as proposer_name');

async function requireProposal(deps: Deps, actor: Actor, id: string): Promise<ProposalRow> {
  const row = await proposals(deps).where('p.id', '=', id).executeTakeFirst();
  assertInScope(actor, row?.org_path);
  const found = row as ProposalRow;
  if (found.status !== 'pending') throw new AppError('CONFLICT');
  return found;
}

/** What a proposal concerns: the account (or the new one), the roles involved, its path and the change. */
async function describe(deps: Deps, actor: Actor, input: ProposalInput) {
  if (input.kind === 'create') {
    const unit = await requireUnit(deps.db, actor, input.account.scopeUnitId);
    const username = input.account.username.toLowerCase();
    const taken = await deps.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (taken) throw new AppError('DUPLICATE');
    return {
      userId: null,
      username,
      roles: [input.account.role],
      orgPath: unit.path,
      changes: { ...input.account, username },
    };
  }
  const user = await requireOtherAccount(deps, actor, input.userId);
  if (input.kind === 'update' && input.changes.scopeUnitId)
    await requireUnit(deps.db, actor, input.changes.scopeUnitId);
  const newRole = input.kind === 'update' && input.changes.role ? [input.changes.role] : [];
  return {
    userId: user.id,
    username: user.username,
    roles: [...new Set([user.role, ...newRole])],
    orgPath: user.scope_path,
    changes: input.kind === 'update' ? input.changes : {},
  };
}

export async function proposeAccountChange(deps: Deps, actor: Actor, input: ProposalInput) {
  authorize(actor, 'account:propose');
  const d = await describe(deps, actor, input);
  if (!needsDualControl(...d.roles)) throw new AppError('PROPOSAL_NOT_NEEDED');
  const row: AccountProposalTable = {
    id: newId(),
    kind: input.kind,
    status: 'pending',
    target_user_id: d.userId,
    username: d.username,
    roles: JSON.stringify(d.roles),
    changes: JSON.stringify(d.changes),
    org_path: d.orgPath,
    proposed_by: actor.userId,
    proposed_at: nowIsoOf(deps.clock),
    decided_by: null,
    decided_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('account_proposals').values(row).execute();
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'account_proposal.create',
      subjectType: 'account_proposal',
      subjectId: row.id,
      orgPath: row.org_path,
      changes: { kind: row.kind, userId: d.userId, username: d.username, roles: d.roles, ...d.changes },
    });
  });
  return toView({ ...row, proposer_name: actor.displayName });
}

/** The accounts under dual control in the administrator's scope: what a proposal may name. */
export async function listDualControlAccounts(deps: Deps, actor: Actor) {
  authorize(actor, 'account:propose');
  const roles = ROLES.filter((r) => ROLE_ADMINISTRATION[r] === 'dual_control');
  const rows = await usersWithScopePath(deps.db)
    .where(pathInScope('s.path', actor.scope))
    .where('u.role', 'in', roles)
    .orderBy('u.username')
    .execute();
  return { items: rows.map(userToView) };
}

export async function listAccountProposals(deps: Deps, actor: Actor) {
  authorize(actor, 'account:propose');
  const rows = await proposals(deps)
    .where(pathInScope('p.org_path', actor.scope))
    .orderBy('p.proposed_at', 'desc')
    .limit(200)
    .execute();
  const scopeIds = rows
    .map((r) => (JSON.parse(r.changes) as { scopeUnitId?: unknown }).scopeUnitId)
    .filter((id): id is string => typeof id === 'string');
  const unitNames = await unitNamesById(deps.db, [...new Set(scopeIds)]);
  return { items: rows.map((r) => toView(r, unitNames)) };
}

/** Marks a pending proposal decided; a proposal decided meanwhile (a race) is a conflict. */
async function decide(
  trx: Trx,
  p: ProposalRow,
  actor: Actor,
  status: 'approved' | 'rejected',
  targetId: string | null,
  now: string,
) {
  const res = await trx
    .updateTable('account_proposals')
    .set({ status, decided_by: actor.userId, decided_at: now, target_user_id: targetId })
    .where('id', '=', p.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT');
}

/**
 * Applies an approved proposal: a different administrator than the proposer, never about their own account.
 * The one-time password of a created or reset account is returned to the approver, this once.
 */
export async function approveAccountProposal(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'account:propose');
  const p = await requireProposal(deps, actor, id);
  if (p.proposed_by === actor.userId || p.target_user_id === actor.userId) throw new AppError('SELF_APPROVAL');
  const approval: Approval = { proposalId: p.id, proposedBy: p.proposed_by };
  const changes = JSON.parse(p.changes) as Record<string, unknown>;
  const target = p.target_user_id ? await requireOtherAccount(deps, actor, p.target_user_id) : null;
  let oneTimePassword: string | null = null;
  let apply: (trx: Trx) => Promise<string | null>;
  if (p.kind === 'create') {
    const prepared = await prepareCreate(deps, actor, changes as unknown as AccountInput);
    oneTimePassword = prepared.oneTimePassword;
    apply = async (trx) => {
      await applyCreate(trx, deps, actor, prepared, approval);
      return prepared.row.id;
    };
  } else if (!target) {
    throw new AppError('CONFLICT');
  } else if (p.kind === 'update') {
    const prepared = await prepareUpdate(deps, actor, target, changes as AccountChanges);
    apply = async (trx) => {
      await applyUpdate(trx, deps, actor, prepared, approval);
      return target.id;
    };
  } else if (p.kind === 'password_reset') {
    const prepared = await preparePasswordReset(target);
    oneTimePassword = prepared.otp;
    apply = async (trx) => {
      await applyPasswordReset(trx, deps, actor, prepared, approval);
      return target.id;
    };
  } else {
    apply = async (trx) => {
      await applySecondFactorReset(trx, deps, actor, target, approval);
      return target.id;
    };
  }
  let targetId: string | null = null;
  await deps.db
    .transaction()
    .execute(async (trx) => {
      targetId = await apply(trx);
      await decide(trx, p, actor, 'approved', targetId, nowIsoOf(deps.clock));
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'account_proposal.approve',
        subjectType: 'account_proposal',
        subjectId: p.id,
        orgPath: p.org_path,
        changes: { kind: p.kind, userId: targetId, proposedBy: p.proposed_by },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  const decided = {
    ...p,
    status: 'approved' as const,
    decided_by: actor.userId,
    decided_at: nowIsoOf(deps.clock),
    target_user_id: targetId,
  };
  return { proposal: toView(decided), oneTimePassword };
}

/** Rejects a pending proposal (its proposer may withdraw it); never one about one's own account. */
export async function rejectAccountProposal(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'account:propose');
  const p = await requireProposal(deps, actor, id);
  if (p.target_user_id === actor.userId) throw new AppError('SELF_APPROVAL');
  await deps.db.transaction().execute(async (trx) => {
    await decide(trx, p, actor, 'rejected', p.target_user_id, nowIsoOf(deps.clock));
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'account_proposal.reject',
      subjectType: 'account_proposal',
      subjectId: p.id,
      orgPath: p.org_path,
      changes: { kind: p.kind, userId: p.target_user_id, proposedBy: p.proposed_by },
    });
  });
  const decided = { ...p, status: 'rejected' as const, decided_by: actor.userId, decided_at: nowIsoOf(deps.clock) };
  return { proposal: toView(decided), oneTimePassword: null };
}
