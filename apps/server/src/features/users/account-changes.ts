import { isAdministratorRole, type Role } from '@jishi/shared';
import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { hashPassword, oneTimePassword } from '../auth/password.ts';
import type { UserTable } from '../auth/auth.table.ts';
import { requireOrg } from '../party-orgs/party-orgs.service.ts';
import { findUserWithPath, otherActiveHolders, subdistrictPrefix, type UserWithPath } from './users.repo.ts';
import { syncMeetingTodos } from '../party-life/org-life-todos.service.ts';

/**
 * The account changes, each in two halves: `prepare…` checks and computes (no writes), `apply…` writes the
 * change and its audit record inside the caller's transaction. The security administrator's direct routes
 * and the approval of a proposal (dual control) run the same halves.
 */
export interface AccountInput {
  username: string;
  displayName: string;
  role: Role;
  scopeUnitId: string;
  partyBranchId?: string | null;
}
export interface AccountChanges {
  displayName?: string;
  role?: Role;
  scopeUnitId?: string;
  disabled?: boolean;
  partyBranchId?: string | null;
}
/** Set when the change is applied because a proposal was approved. */
export interface Approval {
  proposalId: string;
  proposedBy: string;
}

const invalidBranch = (message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', 'partyBranchId'], message }] });

/**
 * A branch secretary's own Party branch (支部): only that role is linked (400), to a branch in the
 * administrator's scope (404 otherwise) that lies under the account's scope unit (400).
 */
async function checkBranchLink(
  deps: Deps,
  actor: Actor,
  role: Role,
  scopePath: string,
  branchId: string | null,
): Promise<string | null> {
  if (branchId === null) return null;
  if (role !== 'branch_secretary') throw invalidBranch('validation.branchRole');
  const org = await requireOrg(deps.db, actor, branchId);
  if (org.kind !== 'branch' || !org.territory_path.startsWith(scopePath))
    throw invalidBranch('validation.branchInScope');
  return org.id;
}

/** An existing account in the actor's scope (404 otherwise) that is not the actor's own. */
export async function requireOtherAccount(deps: Deps, actor: Actor, id: string): Promise<UserWithPath> {
  const user = await findUserWithPath(deps.db, id);
  assertInScope(actor, user?.scope_path);
  const found = user as UserWithPath;
  if (found.id === actor.userId) throw new AppError('OWN_ACCOUNT');
  return found;
}

const approvalNote = (approval?: Approval) =>
  approval ? { proposalId: approval.proposalId, proposedBy: approval.proposedBy } : {};

export interface PreparedCreate {
  row: UserTable;
  unitPath: string;
  /** Shown once to whoever creates the account; null for a seeded account with a known password. */
  oneTimePassword: string | null;
}

/**
 * A new account. It gets a one-time password that must be changed at first sign-in; only seeding (the system
 * actor, never a route) may give a known password instead.
 */
export async function prepareCreate(
  deps: Deps,
  actor: Actor,
  input: AccountInput,
  seededPassword?: string,
): Promise<PreparedCreate> {
  const unit = await requireUnit(deps.db, actor, input.scopeUnitId);
  const partyBranchId = await checkBranchLink(deps, actor, input.role, unit.path, input.partyBranchId ?? null);
  const username = input.username.toLowerCase();
  const otp = seededPassword === undefined ? oneTimePassword(username) : null;
  const now = nowIsoOf(deps.clock);
  return {
    unitPath: unit.path,
    oneTimePassword: otp,
    row: {
      id: newId(),
      username,
      display_name: input.displayName,
      password_hash: await hashPassword(otp ?? seededPassword ?? ''),
      role: input.role,
      scope_unit_id: unit.id,
      totp_secret_enc: null,
      totp_enabled: 0,
      totp_last_step: null,
      disabled: 0,
      created_at: now,
      updated_at: now,
      party_branch_id: partyBranchId,
      must_change_password: otp === null ? 0 : 1,
    },
  };
}

export async function applyCreate(trx: Trx, deps: Deps, actor: Actor, p: PreparedCreate, approval?: Approval) {
  await trx.insertInto('users').values(p.row).execute();
  await recordAudit(trx, deps, auditWho(actor), {
    action: 'user.create',
    subjectType: 'user',
    subjectId: p.row.id,
    orgPath: p.unitPath,
    changes: {
      username: p.row.username,
      role: p.row.role,
      scopeUnitId: p.row.scope_unit_id,
      partyBranchId: p.row.party_branch_id ?? null,
      oneTimePassword: p.oneTimePassword !== null,
      ...approvalNote(approval),
    },
  });
  // a linked branch secretary receives their branch's "meetings due" (party-life.meeting-due)
  await syncMeetingTodos(trx, [p.row.party_branch_id], p.row.created_at);
}

export interface PreparedUpdate {
  user: UserWithPath;
  patch: Partial<UserTable>;
  endSessions: boolean;
}

/**
 * Disabling an account or changing its role, scope or branch ends its sessions at once. A branch link
 * not restated survives only while the account stays a branch secretary with the same scope.
 */
export async function prepareUpdate(
  deps: Deps,
  actor: Actor,
  user: UserWithPath,
  input: AccountChanges,
): Promise<PreparedUpdate> {
  const unit = input.scopeUnitId ? await requireUnit(deps.db, actor, input.scopeUnitId) : null;
  const role = input.role ?? user.role;
  const kept =
    role === 'branch_secretary' && (!unit || unit.id === user.scope_unit_id) ? (user.party_branch_id ?? null) : null;
  const branchId =
    input.partyBranchId === undefined
      ? kept
      : await checkBranchLink(deps, actor, role, unit?.path ?? user.scope_path, input.partyBranchId);
  const branchChanged = branchId !== (user.party_branch_id ?? null);
  const patch: Partial<UserTable> = {
    ...(input.displayName !== undefined && { display_name: input.displayName }),
    ...(input.role !== undefined && { role: input.role }),
    ...(unit && { scope_unit_id: unit.id }),
    ...(input.disabled !== undefined && { disabled: Number(input.disabled) }),
    ...(branchChanged && { party_branch_id: branchId }),
  };
  return { user, patch, endSessions: Boolean(input.disabled || input.role || unit || branchChanged) };
}

/** No one disables or moves away the last active holder of an administrator role in a subdistrict. */
async function assertNotLastHolder(trx: Trx, deps: Deps, user: UserWithPath, patch: Partial<UserTable>) {
  if (!isAdministratorRole(user.role) || user.disabled) return;
  const leaves = patch.disabled === 1 || (patch.role !== undefined && patch.role !== user.role);
  if (!leaves) return;
  const prefix = subdistrictPrefix(user.scope_path);
  if ((await otherActiveHolders(trx, user.role, prefix, user.id, deps.engine.forUpdate)) === 0)
    throw new AppError('LAST_ADMIN_HOLDER');
}

export async function applyUpdate(trx: Trx, deps: Deps, actor: Actor, p: PreparedUpdate, approval?: Approval) {
  await assertNotLastHolder(trx, deps, p.user, p.patch);
  await trx
    .updateTable('users')
    .set({ ...p.patch, updated_at: nowIsoOf(deps.clock) })
    .where('id', '=', p.user.id)
    .execute();
  if (p.endSessions) await trx.deleteFrom('sessions').where('user_id', '=', p.user.id).execute();
  await recordAudit(trx, deps, auditWho(actor), {
    action: 'user.update',
    subjectType: 'user',
    subjectId: p.user.id,
    orgPath: p.user.scope_path,
    changes: { ...p.patch, ...approvalNote(approval) },
  });
  // linked, unlinked, disabled or re-roled: the branches' "meetings due" follow the account (party-life.meeting-due)
  const branchAfter = p.patch.party_branch_id === undefined ? p.user.party_branch_id : p.patch.party_branch_id;
  await syncMeetingTodos(trx, [p.user.party_branch_id, branchAfter], nowIsoOf(deps.clock), [p.user.id]);
}

/** A forgotten password: a one-time password (shown once) that must be changed at the next sign-in. */
export async function preparePasswordReset(
  user: UserWithPath,
): Promise<{ user: UserWithPath; otp: string; hash: string }> {
  const otp = oneTimePassword(user.username);
  return { user, otp, hash: await hashPassword(otp) };
}

export async function applyPasswordReset(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  p: { user: UserWithPath; hash: string },
  approval?: Approval,
) {
  await trx
    .updateTable('users')
    .set({ password_hash: p.hash, must_change_password: 1, updated_at: nowIsoOf(deps.clock) })
    .where('id', '=', p.user.id)
    .execute();
  await trx.deleteFrom('sessions').where('user_id', '=', p.user.id).execute();
  await recordAudit(trx, deps, auditWho(actor), {
    action: 'user.password_reset',
    subjectType: 'user',
    subjectId: p.user.id,
    orgPath: p.user.scope_path,
    changes: { oneTimePassword: true, ...approvalNote(approval) },
  });
}

/** A lost authenticator: the second factor and recovery codes go; staff must enrol again at the next sign-in. */
export async function applySecondFactorReset(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  user: UserWithPath,
  approval?: Approval,
) {
  await trx
    .updateTable('users')
    .set({
      totp_enabled: 0,
      totp_secret_enc: null,
      totp_pending_enc: null,
      totp_last_step: null,
      updated_at: nowIsoOf(deps.clock),
    })
    .where('id', '=', user.id)
    .execute();
  await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
  await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  await recordAudit(trx, deps, auditWho(actor), {
    action: 'user.second_factor_reset',
    subjectType: 'user',
    subjectId: user.id,
    orgPath: user.scope_path,
    changes: { totpEnabled: Boolean(user.totp_enabled), ...approvalNote(approval) },
  });
}
