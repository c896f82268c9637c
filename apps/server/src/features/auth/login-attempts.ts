import type { Deps } from '../../deps.ts';
import type { Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { auditRefusal } from './security-events.ts';
import { ACCOUNT_WINDOW_MS, admitAccountAttempt, admitAddressAttempt, IP_WINDOW_MS, withdraw } from './throttle.ts';
import { updateCounter } from './throttle.repo.ts';

/** A sign-in attempt whose place under the limits is already taken (counted as a failure until it ends otherwise). */
export interface LoginAttempt {
  /** The account is locked: refuse without checking the password or code. */
  readonly locked: boolean;
  /** It succeeded: the address gets its place back and the account's failures are cleared. */
  succeeded(): Promise<void>;
  /** It is not over (a second factor is asked for next): both places are given back, nothing counts. */
  withdrawn(): Promise<void>;
}

const addressKey = (ip: string) => `login-ip:${ip}`;

/**
 * Takes the attempt's place under the address's allowance (429 when it is used up) and under the
 * account's lock, before any password is checked, so concurrent guesses are counted one by one.
 * `accountKey` names the account as typed (`user:<name>`, `phone:<blind index>`), known or not. Refusals
 * by the address's allowance are audited (sampled: the first from the address in a minute).
 */
export async function reserveLoginAttempt(
  deps: Pick<Deps, 'db' | 'engine' | 'auditKeys'>,
  origin: Origin,
  accountKey: string,
  action: 'auth.login' | 'auth.portal.login',
): Promise<LoginAttempt> {
  const now = Date.now();
  const ip = origin.ip ?? 'unknown';
  const ipKey = addressKey(ip);
  const addressOk = await updateCounter(deps.db, ipKey, now, IP_WINDOW_MS, (instants) => {
    const a = admitAddressAttempt(instants, now);
    return { instants: a.instants, result: a.admitted };
  });
  if (!addressOk) {
    await auditRefusal(
      deps,
      'login-limited',
      { actorId: null, actorRole: null, ...origin },
      { action, subjectType: 'user', changes: { limited: true } },
    );
    throw new AppError('RATE_LIMITED');
  }
  const accountKeyed = `login-${accountKey}`;
  const accountOk = await updateCounter(deps.db, accountKeyed, now, ACCOUNT_WINDOW_MS, (instants) => {
    const a = admitAccountAttempt(instants, now);
    return { instants: a.instants, result: a.admitted };
  });
  const giveBack = (key: string, windowMs: number, clear: boolean) =>
    updateCounter(deps.db, key, Date.now(), windowMs, (instants) => ({
      instants: clear ? [] : withdraw(instants, now),
      result: undefined,
    }));
  return {
    locked: !accountOk,
    async succeeded() {
      await giveBack(ipKey, IP_WINDOW_MS, false);
      await giveBack(accountKeyed, ACCOUNT_WINDOW_MS, true);
    },
    async withdrawn() {
      await giveBack(ipKey, IP_WINDOW_MS, false);
      if (accountOk) await giveBack(accountKeyed, ACCOUNT_WINDOW_MS, false);
    },
  };
}
