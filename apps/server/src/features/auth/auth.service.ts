import type { Lang, SessionRestriction, SessionView } from '@jishi/shared';
import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor, Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { auditWho, recordAudit, recordAuditAlone, type AuditWho } from '../audit/audit.service.ts';
import { actorForUser } from './actor-for-user.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { reserveLoginAttempt } from './login-attempts.ts';
import { acceptTotp } from './totp.ts';
import { secondFactorRequired, sessionRestriction } from './second-factor.ts';
import * as repo from './auth.repo.ts';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

/** A hash nobody can match: unknown accounts cost the same time as known ones. */

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

export async function login(deps: Deps, origin: Origin, input: LoginInput): Promise<{ token: string }> {
  const ip = origin.ip ?? 'unknown';
  const username = input.username.toLowerCase();
  // The attempt takes its place under the limits before the password is checked (429 past the address's allowance).
  const attempt = await reserveLoginAttempt(deps, origin, `user:${username}`, 'auth.login');
  const user = await repo.findUserByUsername(deps.db, username);
  const passwordOk =
    !attempt.locked && (await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password));
  const valid = Boolean(user) && passwordOk && !user?.disabled;

  const fail = async (code: 'AUTH_INVALID' | 'AUTH_TOTP_INVALID' | 'AUTH_RECOVERY_CODE_INVALID') => {
    await recordAuditAlone(
      deps,
      { actorId: user?.id ?? null, actorRole: user?.role ?? null, ...origin },
      {
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user?.id ?? null,
        orgPath: user ? await scopePathOf(deps, user.scope_unit_id) : null,
        changes: attempt.locked ? { username, locked: true } : { username },
        result: 'failure',
      },
    );
    throw new AppError(code);
  };
  if (!valid || !user) return fail('AUTH_INVALID');
  let totpStep: number | null = null;
  // A single-use recovery code stands in for the 6-digit code (checked here, spent in the transaction below).
  const recoveryCode = user.totp_enabled && !input.totp ? (input.recoveryCode ?? null) : null;
  if (recoveryCode !== null) {
    if (!(await repo.hasUnusedRecoveryCode(deps.db, user.id, recoveryCode))) return fail('AUTH_RECOVERY_CODE_INVALID');
  } else if (user.totp_enabled && user.totp_secret_enc) {
    if (!input.totp) {
      await attempt.withdrawn();
      throw new AppError('AUTH_TOTP_REQUIRED');
    }
    totpStep = acceptTotp(deps.cipher.decrypt('totp', user.totp_secret_enc), input.totp, user.totp_last_step);
    if (totpStep === null) return fail('AUTH_TOTP_INVALID');
  }

  const token = randomToken();
  const at = nowIsoOf(deps.clock);
  const orgPath = await scopePathOf(deps, user.scope_unit_id);
  await deps.db.transaction().execute(async (trx) => {
    if (totpStep !== null) await repo.updateUser(trx, user.id, { totp_last_step: totpStep });
    await recordSignInSteps(trx, deps, { actorId: user.id, actorRole: user.role, ...origin }, user, orgPath, {
      recoveryCode,
      at,
    });
    await repo.insertSession(trx, {
      id: sha256Hex(token),
      user_id: user.id,
      csrf_token: randomToken(24),
      created_at: at,
      last_seen_at: at,
      ip,
    });
    await recordAudit(
      trx,
      deps,
      { actorId: user.id, actorRole: user.role, ...origin },
      {
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
        orgPath,
      },
    );
  });
  await attempt.succeeded();
  return { token };
}

/**
 * What a sign-in adds after the password (and code) checks: a recovery code is spent (audited), and a sign-in
 * with a one-time password set by an administrator is recorded as the account's first sign-in, next to its
 * creation or reset in the audit trail. The session that follows may be limited (see second-factor.ts).
 */
async function recordSignInSteps(
  trx: Trx,
  deps: Deps,
  who: AuditWho,
  user: { id: string; must_change_password?: number },
  orgPath: string | null,
  step: { recoveryCode: string | null; at: string },
): Promise<void> {
  if (step.recoveryCode !== null) {
    if (!(await repo.spendRecoveryCode(trx, user.id, step.recoveryCode, step.at)))
      throw new AppError('AUTH_RECOVERY_CODE_INVALID');
    await recordAudit(trx, deps, who, {
      action: 'auth.recovery_code_used',
      subjectType: 'user',
      subjectId: user.id,
      orgPath,
    });
  }
  if (user.must_change_password)
    await recordAudit(trx, deps, who, {
      action: 'auth.first_sign_in',
      subjectType: 'user',
      subjectId: user.id,
      orgPath,
    });
}

async function scopePathOf(deps: Deps, unitId: string): Promise<string | null> {
  const unit = await deps.db.selectFrom('org_units').select('path').where('id', '=', unitId).executeTakeFirst();
  return unit?.path ?? null;
}

export interface ResolvedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  totpEnabled: boolean;
  scopeUnitName: string;
  /** Null for a complete session; otherwise the only step the session may take (see second-factor.ts). */
  restriction: SessionRestriction | null;
  secondFactorRequired: boolean;
}

/** Cookie token → actor, or null when the session is unknown, idle, too old or the user disabled. */
export async function resolveSession(
  deps: Deps,
  token: string,
  origin: Origin,
  lang: Lang,
): Promise<ResolvedSession | null> {
  const sessionId = sha256Hex(token);
  const row = await repo.findSessionWithUser(deps.db, sessionId);
  if (!row) return null;
  const now = Date.now();
  const expired =
    now - Date.parse(row.last_seen_at) > IDLE_TIMEOUT_MS ||
    now - Date.parse(row.session_created_at) > ABSOLUTE_TIMEOUT_MS;
  if (expired || row.disabled) {
    await repo.deleteSession(deps.db, sessionId);
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS)
    await repo.touchSession(deps.db, sessionId, nowIsoOf(deps.clock));
  return {
    sessionId,
    csrfToken: row.csrf_token,
    totpEnabled: Boolean(row.totp_enabled),
    scopeUnitName: row.scope_name,
    restriction: sessionRestriction(deps.config.secondFactor, {
      role: row.role,
      username: row.username,
      mustChangePassword: Boolean(row.must_change_password),
      totpEnabled: Boolean(row.totp_enabled),
    }),
    secondFactorRequired: secondFactorRequired(deps.config.secondFactor, row),
    actor: actorForUser(
      {
        id: row.user_id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        scopeUnitId: row.scope_unit_id,
        scopePath: row.scope_path,
        partyBranchId: row.party_branch_id,
      },
      { ip: origin.ip ?? 'unknown', requestId: origin.requestId ?? '', lang },
    ),
  };
}

export function sessionView(s: ResolvedSession, demo: boolean): SessionView {
  const a = s.actor;
  return {
    user: {
      id: a.userId,
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      scopeUnitId: a.scopeUnitId,
      scopeUnitName: s.scopeUnitName,
      totpEnabled: s.totpEnabled,
    },
    permissions: [...a.permissions],
    csrfToken: s.csrfToken,
    demo,
    restriction: s.restriction,
    secondFactorRequired: s.secondFactorRequired,
  };
}

export async function logout(deps: Deps, actor: Actor, sessionId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, sessionId);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'auth.logout',
      subjectType: 'user',
      subjectId: actor.userId,
      orgPath: actor.scope.paths[0],
    });
  });
}
