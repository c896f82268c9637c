import type { PasswordChangeInput, SecondFactorConfirmInput, TotpSetupInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { recordAudit, auditWho } from '../audit/audit.service.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { acceptTotp, newTotpSecret, totpUri } from './totp.ts';
import { newRecoveryCodes } from './recovery-codes.ts';
import { secondFactorRequired } from './second-factor.ts';
import type { UserTable } from './auth.table.ts';
import * as repo from './auth.repo.ts';
import { consumeAllowance } from './rate-limit.service.ts';

/**
 * Checks the password of a signed-in account before a change to its password or second factor. Each check takes
 * one of 5 places a quarter of an hour, reserved before Argon2 runs, so a stolen session cannot guess the
 * password (and then switch the second factor off) faster than the sign-in page would allow.
 */
export const REAUTH_LIMIT = 5;
export const REAUTH_WINDOW_MS = 15 * 60 * 1000;
async function passwordMatches(deps: Deps, user: UserTable, password: string | undefined): Promise<boolean> {
  await consumeAllowance(deps, `reauth:${user.id}`, REAUTH_LIMIT, REAUTH_WINDOW_MS);
  return password !== undefined && password !== '' && verifyPassword(user.password_hash, password);
}

/** A signed-in user's own account: password change, the TOTP second factor and its recovery codes. */
export async function changePassword(deps: Deps, actor: Actor, input: PasswordChangeInput, keepSessionId: string) {
  const user = await requireUser(deps, actor);
  // The new password's own rules first: trying a weak one does not use up a password check.
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem) throw new AppError(problem);
  if (!(await passwordMatches(deps, user, input.currentPassword))) throw new AppError('CURRENT_PASSWORD_WRONG');
  // A one-time password is replaced by a new one, never kept.
  const initial = Boolean(user.must_change_password);
  if (initial && input.newPassword === input.currentPassword) throw new AppError('PASSWORD_WEAK');
  const hash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, {
      password_hash: hash,
      must_change_password: 0,
      updated_at: nowIsoOf(deps.clock),
    });
    await trx.deleteFrom('sessions').where('user_id', '=', actor.userId).where('id', '!=', keepSessionId).execute();
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.password_change',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
      ...(initial && { changes: { initial: true } }),
    });
  });
}

/** The password and a current code of the enabled second factor (the code is spent: it cannot be replayed). */
async function confirmBothFactors(deps: Deps, user: UserTable, input: { password?: string; code?: string }) {
  if (!(await passwordMatches(deps, user, input.password))) throw new AppError('CURRENT_PASSWORD_WRONG');
  if (!user.totp_secret_enc || !input.code) throw new AppError('AUTH_TOTP_INVALID');
  const step = acceptTotp(deps.cipher.decrypt('totp', user.totp_secret_enc), input.code, user.totp_last_step);
  if (step === null) throw new AppError('AUTH_TOTP_INVALID');
  return step;
}

async function requireUser(deps: Deps, actor: Actor): Promise<UserTable> {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/**
 * Starts enrolment: a fresh secret, stored encrypted, not yet in force. A first enrolment needs only the session
 * (a limited one right after the password, for staff who must enrol); replacing an enabled second factor needs
 * the password and a current code, and the old secret stays in force until the new one is confirmed.
 */
export async function setupTotp(
  deps: Deps,
  actor: Actor,
  input: TotpSetupInput = {},
): Promise<{ secret: string; uri: string }> {
  const user = await requireUser(deps, actor);
  const reenrol = Boolean(user.totp_enabled);
  const step = reenrol ? await confirmBothFactors(deps, user, input) : null;
  const secret = newTotpSecret();
  const sealed = deps.cipher.encrypt('totp', secret);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, {
      ...(reenrol
        ? { totp_pending_enc: sealed, totp_last_step: step }
        : { totp_secret_enc: sealed, totp_pending_enc: null, totp_enabled: 0, totp_last_step: null }),
      updated_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.totp_setup',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
      changes: { reenrol },
    });
  });
  return { secret, uri: totpUri(secret, actor.username) };
}

/** Confirms the new secret with a current code; the account gets fresh recovery codes, shown this once. */
export async function enableTotp(deps: Deps, actor: Actor, code: string): Promise<{ recoveryCodes: string[] }> {
  const user = await requireUser(deps, actor);
  const sealed = user.totp_pending_enc ?? (user.totp_enabled ? null : user.totp_secret_enc);
  if (!sealed) throw new AppError('CONFLICT');
  const pendingLastStep = user.totp_pending_enc ? null : user.totp_last_step;
  const step = acceptTotp(deps.cipher.decrypt('totp', sealed), code, pendingLastStep);
  if (step === null) throw new AppError('AUTH_TOTP_INVALID');
  const recoveryCodes = newRecoveryCodes();
  const at = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, {
      totp_secret_enc: sealed,
      totp_pending_enc: null,
      totp_enabled: 1,
      totp_last_step: step,
      updated_at: at,
    });
    await repo.replaceRecoveryCodes(trx, actor.userId, recoveryCodes, at);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.totp_enable',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
      changes: { reenrol: Boolean(user.totp_enabled), recoveryCodes: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}

/** Switching TOTP off: the password and a current code; refused for accounts that must use it. */
export async function disableTotp(deps: Deps, actor: Actor, input: SecondFactorConfirmInput): Promise<void> {
  if (secondFactorRequired(deps.config.secondFactor, actor)) throw new AppError('TOTP_REQUIRED_FOR_ROLE');
  const user = await requireUser(deps, actor);
  if (!user.totp_enabled) throw new AppError('CONFLICT');
  await confirmBothFactors(deps, user, input);
  const at = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, {
      totp_secret_enc: null,
      totp_pending_enc: null,
      totp_enabled: 0,
      totp_last_step: null,
      updated_at: at,
    });
    await repo.replaceRecoveryCodes(trx, actor.userId, [], at);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.totp_disable',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
    });
  });
}

/** New recovery codes (the old ones stop working): the password and a current code. */
export async function regenerateRecoveryCodes(
  deps: Deps,
  actor: Actor,
  input: SecondFactorConfirmInput,
): Promise<{ recoveryCodes: string[] }> {
  const user = await requireUser(deps, actor);
  if (!user.totp_enabled) throw new AppError('CONFLICT');
  const step = await confirmBothFactors(deps, user, input);
  const recoveryCodes = newRecoveryCodes();
  const at = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, { totp_last_step: step, updated_at: at });
    await repo.replaceRecoveryCodes(trx, actor.userId, recoveryCodes, at);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.recovery_codes_regenerate',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
      changes: { recoveryCodes: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}
