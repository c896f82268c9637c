import type { Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { type AuditWho, recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { reserveLoginAttempt } from './login-attempts.ts';
import { unitPathOf } from '../territory/territory.service.ts';
import * as repo from './auth.repo.ts';
import { nowIsoOf } from '../../platform/clock.ts';

export type SignInRefusal = 'AUTH_INVALID' | 'AUTH_TOTP_INVALID' | 'AUTH_RECOVERY_CODE_INVALID' | 'PORTAL_CODE_INVALID';

/** The account a sign-in names, as its users row has it. */
export interface SignInAccount {
  id: string;
  role: string;
  scope_unit_id: string;
  must_change_password?: number;
}

/** What the credential's own writes need inside the session's transaction. */
export interface SignInCommit {
  who: AuditWho;
  orgPath: string | null;
  at: string;
}

/** What a credential check concludes. */
export type SignInVerdict<A extends SignInAccount> =
  /** `commit` writes what the credential spends (a code, a TOTP step) in the session's transaction. */
  | { accepted: A; commit?: (trx: Trx, step: SignInCommit) => Promise<void> }
  | { refused: SignInRefusal }
  /** Not over: a second factor is asked for next; the attempt counts for nothing. */
  | { pending: 'AUTH_TOTP_REQUIRED' };

export interface SignInRequest<A extends SignInAccount> {
  action: 'auth.login' | 'auth.portal.login';
  /** The account as typed (`user:<name>`, `phone:<blind index>`), known or not: the key of its lock. */
  accountKey: string;
  /** The account the name belongs to, if any (named in a failure's audit record). */
  account: A | undefined;
  /** The answer while the account is locked (the credential is then not checked at all). */
  lockedRefusal: SignInRefusal;
  /** What the audit records say of the attempt (a failure's record adds `locked: true` when the lock refused it). */
  details: { failure: Record<string, unknown>; success?: Record<string, unknown> };
  check(): Promise<SignInVerdict<A>>;
}

/**
 * The one sign-in path (console password, portal password, portal one-time code): the attempt takes its place
 * under the address's allowance and the account's lock (login-attempts.ts, `throttle_counters`), the credential
 * is checked (only while the account is not locked), a failure is audited, a success opens the session and
 * audits it in one transaction, and the attempt's place is given back.
 */
export async function signIn<A extends SignInAccount>(
  deps: Deps,
  origin: Origin,
  request: SignInRequest<A>,
): Promise<{ token: string }> {
  const attempt = await reserveLoginAttempt(deps, origin, request.accountKey, request.action);
  const verdict: SignInVerdict<A> = attempt.locked ? { refused: request.lockedRefusal } : await request.check();
  if ('pending' in verdict) {
    await attempt.withdrawn();
    throw new AppError(verdict.pending);
  }
  if ('refused' in verdict) {
    const account = request.account;
    await recordAuditAlone(
      deps,
      { actorId: account?.id ?? null, actorRole: account?.role ?? null, ...origin },
      {
        action: request.action,
        subjectType: 'user',
        subjectId: account?.id ?? null,
        orgPath: account ? await unitPathOf(deps.db, account.scope_unit_id) : null,
        changes: { ...request.details.failure, ...(attempt.locked ? { locked: true } : {}) },
        result: 'failure',
      },
    );
    throw new AppError(verdict.refused);
  }

  const user = verdict.accepted;
  const token = randomToken();
  const at = nowIsoOf(deps.clock);
  const orgPath = await unitPathOf(deps.db, user.scope_unit_id);
  const who: AuditWho = { actorId: user.id, actorRole: user.role, ...origin };
  await deps.db.transaction().execute(async (trx) => {
    await verdict.commit?.(trx, { who, orgPath, at });
    // A sign-in with a one-time password set by an administrator is the account's first sign-in (next to its
    // creation or reset in the audit trail); the session that follows may only change it (second-factor.ts).
    if (user.must_change_password)
      await recordAudit(trx, deps, who, {
        action: 'auth.first_sign_in',
        subjectType: 'user',
        subjectId: user.id,
        orgPath,
      });
    await repo.insertSession(trx, {
      id: sha256Hex(token),
      user_id: user.id,
      csrf_token: randomToken(24),
      created_at: at,
      last_seen_at: at,
      ip: origin.ip ?? 'unknown',
    });
    await recordAudit(trx, deps, who, {
      action: request.action,
      subjectType: 'user',
      subjectId: user.id,
      orgPath,
      changes: request.details.success,
    });
  });
  await attempt.succeeded();
  return { token };
}
