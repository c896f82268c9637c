import type { Role } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId, nowIso } from '../../platform/ids.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { hashPassword, isPasswordAcceptable } from '../auth/password.ts';
import type { UserTable } from '../auth/auth.table.ts';
import { branchesInScope, requireOrg } from '../party-orgs/party-orgs.service.ts';

/** Accounts and role grants: the security administrator's work (never the audit administrator's). */
const toView = (u: UserTable) => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: u.role as Role,
  scopeUnitId: u.scope_unit_id,
  disabled: Boolean(u.disabled),
  totpEnabled: Boolean(u.totp_enabled),
  partyBranchId: u.party_branch_id ?? null,
});

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

/** The Party branches in the administrator's scope, for linking branch secretaries. */
export async function branchOptions(deps: Deps, actor: Actor) {
  authorize(actor, 'user:write');
  return {
    items: (await branchesInScope(deps.db, actor)).map((o) => ({
      id: o.id,
      name: o.name,
      territoryId: o.territory_id,
    })),
  };
}

const usersWithScopePath = (deps: Deps) =>
  deps.db
    .selectFrom('users as u')
    .innerJoin('org_units as s', 's.id', 'u.scope_unit_id')
    .selectAll('u')
    .select('s.path as scope_path');

const findInScope = (deps: Deps, actor: Actor) => usersWithScopePath(deps).where(pathInScope('s.path', actor.scope));

export async function listUsers(deps: Deps, actor: Actor) {
  authorize(actor, 'user:read');
  const rows = await findInScope(deps, actor).orderBy('u.username').execute();
  return { items: rows.map(toView) };
}

export async function createUser(
  deps: Deps,
  actor: Actor,
  input: {
    username: string;
    displayName: string;
    role: Role;
    scopeUnitId: string;
    password: string;
    partyBranchId?: string | null;
    /** The password is a one-time password the account must replace at its next sign-in. */
    mustChangePassword?: boolean;
  },
) {
  authorize(actor, 'user:write');
  const unit = await requireUnit(deps.db, actor, input.scopeUnitId);
  const partyBranchId = await checkBranchLink(deps, actor, input.role, unit.path, input.partyBranchId ?? null);
  if (!isPasswordAcceptable(input.password)) throw new AppError('PASSWORD_WEAK');
  const now = nowIso();
  const row: UserTable = {
    id: newId(),
    username: input.username.toLowerCase(),
    display_name: input.displayName,
    password_hash: await hashPassword(input.password),
    role: input.role,
    scope_unit_id: unit.id,
    totp_secret_enc: null,
    totp_enabled: 0,
    totp_last_step: null,
    disabled: 0,
    created_at: now,
    updated_at: now,
    party_branch_id: partyBranchId,
    must_change_password: input.mustChangePassword ? 1 : 0,
  };
  // A taken user name violates the unique index: 409 DUPLICATE, not a server error.
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('users').values(row).execute();
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'user.create',
        subjectType: 'user',
        subjectId: row.id,
        orgPath: unit.path,
        changes: {
          username: row.username,
          role: row.role,
          scopeUnitId: unit.id,
          partyBranchId,
          ...(input.mustChangePassword ? { mustChangePassword: true } : {}),
        },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return toView(row);
}

/**
 * Disabling an account or changing its role, scope or branch ends its sessions at once. A branch link
 * not restated survives only while the account stays a branch secretary with the same scope.
 */
export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { displayName?: string; role?: Role; scopeUnitId?: string; disabled?: boolean; partyBranchId?: string | null },
) {
  authorize(actor, 'user:write');
  const current = await usersWithScopePath(deps).where('u.id', '=', id).executeTakeFirst();
  assertInScope(actor, current?.scope_path);
  const user = current as NonNullable<typeof current>;
  if (id === actor.userId && (input.disabled || input.role)) throw new AppError('CONFLICT');
  const unit = input.scopeUnitId ? await requireUnit(deps.db, actor, input.scopeUnitId) : null;
  const role = input.role ?? (user.role as Role);
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
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ ...patch, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    if (input.disabled || input.role || unit || branchChanged)
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'user.update',
      subjectType: 'user',
      subjectId: id,
      orgPath: user.scope_path,
      changes: patch,
    });
  });
  return toView({ ...user, ...patch });
}
