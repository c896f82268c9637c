import type { Lang, LoginInput, SessionRestriction, SessionView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor, Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { sha256Hex } from '../../platform/crypto.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { actorForUser } from './actor-for-user.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { signIn, type SignInVerdict } from './sign-in.ts';
import { acceptTotp } from './totp.ts';
import { secondFactorRequired, sessionRestriction } from './second-factor.ts';
import * as repo from './auth.repo.ts';
import { nowIsoOf } from '../../platform/clock.ts';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUserByUsername>>>;

export async function login(deps: Deps, origin: Origin, input: LoginInput): Promise<{ token: string }> {
  const username = input.username.toLowerCase();
  const user = await repo.findUserByUsername(deps.db, username);
  return signIn(deps, origin, {
    action: 'auth.login',
    accountKey: `user:${username}`,
    account: user,
    lockedRefusal: 'AUTH_INVALID',
    details: { failure: { username } },
    check: async () => {
      // Unknown accounts cost the same time as known ones (a hash nobody can match).
      const passwordOk = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
      if (!user || !passwordOk || user.disabled) return { refused: 'AUTH_INVALID' };
      return secondFactorStep(deps, user, input);
    },
  });
}

/**
 * The account's second factor after the password: a single-use recovery code stands in for the 6-digit code
 * (checked here, spent in the session's transaction, audited); a TOTP code is accepted once (its step is stored).
 */
async function secondFactorStep(deps: Deps, user: UserRow, input: LoginInput): Promise<SignInVerdict<UserRow>> {
  const recoveryCode = user.totp_enabled && !input.totp ? (input.recoveryCode ?? null) : null;
  if (recoveryCode !== null) {
    if (!(await repo.hasUnusedRecoveryCode(deps.db, user.id, recoveryCode)))
      return { refused: 'AUTH_RECOVERY_CODE_INVALID' };
    return {
      accepted: user,
      commit: async (trx, { who, orgPath, at }) => {
        if (!(await repo.spendRecoveryCode(trx, user.id, recoveryCode, at)))
          throw new AppError('AUTH_RECOVERY_CODE_INVALID');
        await recordAudit(trx, deps, who, {
          action: 'auth.recovery_code_used',
          subjectType: 'user',
          subjectId: user.id,
          orgPath,
        });
      },
    };
  }
  if (user.totp_enabled && user.totp_secret_enc) {
    if (!input.totp) return { pending: 'AUTH_TOTP_REQUIRED' };
    const totpStep = acceptTotp(deps.cipher.decrypt('totp', user.totp_secret_enc), input.totp, user.totp_last_step);
    if (totpStep === null) return { refused: 'AUTH_TOTP_INVALID' };
    return {
      accepted: user,
      commit: async (trx) => {
        await repo.updateUser(trx, user.id, { totp_last_step: totpStep });
      },
    };
  }
  return { accepted: user };
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
