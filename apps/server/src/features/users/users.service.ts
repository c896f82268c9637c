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

/** Accounts and role grants: the security administrator's work (never the audit administrator's). */
const toView = (u: UserTable) => ({
  id: u.id, username: u.username, displayName: u.display_name, role: u.role as Role, scopeUnitId: u.scope_unit_id,
  disabled: Boolean(u.disabled), totpEnabled: Boolean(u.totp_enabled),
});

const usersWithScopePath = (deps: Deps) =>
  deps.db.selectFrom('users as u').innerJoin('org_units as s', 's.id', 'u.scope_unit_id').selectAll('u').select('s.path as scope_path');

const findInScope = (deps: Deps, actor: Actor) => usersWithScopePath(deps).where(pathInScope('s.path', actor.scope));

export async function listUsers(deps: Deps, actor: Actor) {
  authorize(actor, 'user:read');
  const rows = await findInScope(deps, actor).orderBy('u.username').execute();
  return { items: rows.map(toView) };
}

export async function createUser(deps: Deps, actor: Actor, input: { username: string; displayName: string; role: Role; scopeUnitId: string; password: string }) {
  authorize(actor, 'user:write');
  const unit = await requireUnit(deps.db, actor, input.scopeUnitId);
  if (!isPasswordAcceptable(input.password)) throw new AppError('PASSWORD_WEAK');
  const now = nowIso();
  const row: UserTable = {
    id: newId(), username: input.username.toLowerCase(), display_name: input.displayName, password_hash: await hashPassword(input.password),
    role: input.role, scope_unit_id: unit.id, totp_secret_enc: null, totp_enabled: 0, totp_last_step: null, disabled: 0, created_at: now, updated_at: now,
  };
  // A taken user name violates the unique index: 409 DUPLICATE, not a server error.
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values(row).execute();
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'user.create', subjectType: 'user', subjectId: row.id, orgPath: unit.path, changes: { username: row.username, role: row.role, scopeUnitId: unit.id },
    });
  }).catch((error: unknown) => {
    throw translateDbError(error);
  });
  return toView(row);
}

/** Disabling an account or changing its role or scope ends its sessions at once. */
export async function updateUser(deps: Deps, actor: Actor, id: string, input: { displayName?: string; role?: Role; scopeUnitId?: string; disabled?: boolean }) {
  authorize(actor, 'user:write');
  const current = await usersWithScopePath(deps).where('u.id', '=', id).executeTakeFirst();
  assertInScope(actor, current?.scope_path);
  const user = current as NonNullable<typeof current>;
  if (id === actor.userId && (input.disabled || input.role)) throw new AppError('CONFLICT');
  const unit = input.scopeUnitId ? await requireUnit(deps.db, actor, input.scopeUnitId) : null;
  const patch: Partial<UserTable> = {
    ...(input.displayName !== undefined && { display_name: input.displayName }),
    ...(input.role !== undefined && { role: input.role }),
    ...(unit && { scope_unit_id: unit.id }),
    ...(input.disabled !== undefined && { disabled: Number(input.disabled) }),
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ ...patch, updated_at: nowIso() }).where('id', '=', id).execute();
    if (input.disabled || input.role || unit) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, deps, auditWho(actor), { action: 'user.update', subjectType: 'user', subjectId: id, orgPath: user.scope_path, changes: patch });
  });
  return toView({ ...user, ...patch });
}
