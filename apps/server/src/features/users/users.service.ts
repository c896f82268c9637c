import { hasPermission, needsDualControl, type Permission, type Role } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import { translateDbError } from '../../db/dialect.ts';
import type { UserTable } from '../auth/auth.table.ts';
import { branchesInScope } from '../party-orgs/party-orgs.service.ts';
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
} from './account-changes.ts';
import { activeUsersOfUnits, findUserWithPath, usersWithScopePath } from './users.repo.ts';

/**
 * Accounts and role grants: the security administrator's work (never the audit administrator's), for the
 * roles ROLE_ADMINISTRATION (packages/shared/src/role-administration.ts) gives it. Accounts of the
 * administrator roles change only through approved proposals (account-proposals.service.ts).
 */
export const userToView = (u: UserTable) => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: u.role,
  scopeUnitId: u.scope_unit_id,
  disabled: Boolean(u.disabled),
  totpEnabled: Boolean(u.totp_enabled),
  partyBranchId: u.party_branch_id ?? null,
  mustChangePassword: Boolean(u.must_change_password),
});

/** Seeding and command-line tools act as the system, which sets up the first accounts of every role. */
const isSystem = (actor: Actor): boolean => actor.userId === 'system';

/** The security administrator acts alone only on roles the table gives it; the rest need dual control. */
function assertDirect(actor: Actor, ...roles: Role[]): void {
  if (!isSystem(actor) && needsDualControl(...roles)) throw new AppError('DUAL_CONTROL_REQUIRED');
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

export async function listUsers(deps: Deps, actor: Actor) {
  authorize(actor, 'user:read');
  const rows = await usersWithScopePath(deps.db)
    .where(pathInScope('s.path', actor.scope))
    .orderBy('u.username')
    .execute();
  return { items: rows.map(userToView) };
}

/**
 * A new account with a one-time password, returned this once; the account changes it at first sign-in.
 * `seededPassword` is for seeding only (never reachable from a route).
 */
export async function createUser(deps: Deps, actor: Actor, input: AccountInput, seededPassword?: string) {
  authorize(actor, 'user:write');
  assertDirect(actor, input.role);
  if (seededPassword !== undefined && !isSystem(actor)) throw new AppError('FORBIDDEN');
  const prepared = await prepareCreate(deps, actor, input, seededPassword);
  // A taken user name violates the unique index: 409 DUPLICATE, not a server error.
  await deps.db
    .transaction()
    .execute((trx) => applyCreate(trx, deps, actor, prepared))
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return { ...userToView(prepared.row), oneTimePassword: prepared.oneTimePassword ?? '' };
}

export async function updateUser(deps: Deps, actor: Actor, id: string, input: AccountChanges) {
  authorize(actor, 'user:write');
  const found = await findUserWithPath(deps.db, id);
  assertInScope(actor, found?.scope_path);
  const user = found as NonNullable<typeof found>;
  const grants = input.role !== undefined || input.disabled !== undefined || input.scopeUnitId !== undefined;
  if (id === actor.userId && grants) throw new AppError('OWN_ACCOUNT');
  if (grants || input.partyBranchId !== undefined) assertDirect(actor, user.role, ...(input.role ? [input.role] : []));
  const prepared = await prepareUpdate(deps, actor, user, input);
  await deps.db.transaction().execute((trx) => applyUpdate(trx, deps, actor, prepared));
  return userToView({ ...user, ...prepared.patch });
}

/** A forgotten password: a one-time password shown once to the administrator, changed at the next sign-in. */
export async function resetPassword(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'user:write');
  const user = await requireOtherAccount(deps, actor, id);
  assertDirect(actor, user.role);
  const prepared = await preparePasswordReset(user);
  await deps.db.transaction().execute((trx) => applyPasswordReset(trx, deps, actor, prepared));
  return { oneTimePassword: prepared.otp };
}

/** A lost authenticator: TOTP and recovery codes are removed; staff enrol again at the next sign-in. */
export async function resetSecondFactor(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'user:write');
  const user = await requireOtherAccount(deps, actor, id);
  assertDirect(actor, user.role);
  await deps.db.transaction().execute((trx) => applySecondFactorReset(trx, deps, actor, user));
  return userToView({ ...user, totp_enabled: 0 });
}

/**
 * The active accounts filling posts: for each `<unit id>:<permission>`, the users whose scope unit is that unit and
 * whose role holds the permission (who a post's reminders go to).
 */
export async function postHolders(db: Conn, posts: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(posts.map((p) => [p, []]));
  const unitIds = [...new Set(posts.map((p) => p.slice(0, p.indexOf(':'))))];
  if (unitIds.length === 0) return out;
  for (const u of await activeUsersOfUnits(db, unitIds))
    for (const post of posts)
      if (
        post.startsWith(`${u.scope_unit_id}:`) &&
        hasPermission(u.role, post.slice(post.indexOf(':') + 1) as Permission)
      )
        out.get(post)?.push(u.id);
  return out;
}
