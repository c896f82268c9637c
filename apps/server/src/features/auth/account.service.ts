import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIso } from '../../platform/ids.ts';
import { recordAudit, auditWho } from '../audit/audit.service.ts';
import { hashPassword, isPasswordAcceptable, verifyPassword } from './password.ts';
import { acceptTotp, newTotpSecret, totpUri } from './totp.ts';
import * as repo from './auth.repo.ts';

/** A signed-in user's own account: password change and the TOTP second factor. */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  keepSessionId: string,
) {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword)))
    throw new AppError('CURRENT_PASSWORD_WRONG');
  if (!isPasswordAcceptable(input.newPassword)) throw new AppError('PASSWORD_WEAK');
  const hash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, { password_hash: hash, updated_at: nowIso() });
    await trx.deleteFrom('sessions').where('user_id', '=', actor.userId).where('id', '!=', keepSessionId).execute();
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.password_change',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
    });
  });
}

/** Starts enrolment: a fresh secret, stored encrypted, not yet enabled. */
export async function setupTotp(deps: Deps, actor: Actor): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret();
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, {
      totp_secret_enc: deps.cipher.encrypt('totp', secret),
      totp_enabled: 0,
      totp_last_step: null,
      updated_at: nowIso(),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.totp_setup',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
    });
  });
  return { secret, uri: totpUri(secret, actor.username) };
}

export async function enableTotp(deps: Deps, actor: Actor, code: string): Promise<void> {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user?.totp_secret_enc) throw new AppError('CONFLICT');
  const step = acceptTotp(deps.cipher.decrypt('totp', user.totp_secret_enc), code, user.totp_last_step);
  if (step === null) throw new AppError('AUTH_TOTP_INVALID');
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, { totp_enabled: 1, totp_last_step: step, updated_at: nowIso() });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.totp_enable',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
    });
  });
}
