import { randomInt, timingSafeEqual } from 'node:crypto';
import { maskMobile, type PortalCodeLoginInput, type PortalPasswordLoginInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { sha256Hex } from '../../platform/crypto.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { consumeAllowance, HOUR_MS } from './rate-limit.service.ts';
import { codeChannelFor } from './code-channel.ts';
import { auditRefusal } from './security-events.ts';
import { signIn } from './sign-in.ts';
import { unitPathOf } from '../territory/territory.service.ts';
import * as repo from './auth.repo.ts';
import * as codes from './portal-login.repo.ts';
import { nowIsoOf } from '../../platform/clock.ts';

/** Roles that sign in on the residents' portal (staff use the console's username sign-in). */
export const PORTAL_ROLES = ['resident', 'party_member', 'volunteer'] as const;
export const CODE_TTL_SECONDS = 300;
export const CODE_MAX_FAILURES = 5;
export const CODES_PER_PHONE_PER_HOUR = 5;
export const CODES_PER_IP_PER_HOUR = 20;

const codeHash = (bidx: string, code: string) => sha256Hex(`${bidx}:${code}`);

async function portalUser(deps: Deps, phone: string) {
  const bidx = deps.cipher.blindIndex('phone', phone);
  const link = await codes.findPhoneOwner(deps.db, bidx);
  const user = link ? await repo.findUserById(deps.db, link.user_id) : undefined;
  const ok = user && !user.disabled && (PORTAL_ROLES as readonly string[]).includes(user.role);
  return { bidx, user: ok ? user : undefined };
}

/** Phone number + password, on the one sign-in path (throttled per address and per phone like the console's). */
export async function portalPasswordLogin(deps: Deps, origin: Origin, input: PortalPasswordLoginInput) {
  const { bidx, user } = await portalUser(deps, input.phone);
  return signIn(deps, origin, {
    action: 'auth.portal.login',
    accountKey: `phone:${bidx}`,
    account: user,
    lockedRefusal: 'AUTH_INVALID',
    details: { failure: { method: 'password' }, success: { method: 'password' } },
    check: async () => {
      const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
      return user && ok ? { accepted: user } : { refused: 'AUTH_INVALID' };
    },
  });
}

/**
 * Sends a one-time code when the phone belongs to a portal account; answers the same either way
 * (no account enumeration). Allowances per address and per phone; 429 past them, nothing written but a
 * sampled audit record. Each request within the allowances is audited with the masked number (never the code).
 */
export async function requestPortalCode(deps: Deps, origin: Origin, phone: string) {
  const { bidx, user } = await portalUser(deps, phone);
  const masked = maskMobile(phone);
  const who = { actorId: null, actorRole: null, ...origin };
  try {
    await consumeAllowance(deps, `portal-code-ip:${origin.ip ?? 'unknown'}`, CODES_PER_IP_PER_HOUR, HOUR_MS);
    await consumeAllowance(deps, `portal-code-phone:${bidx}`, CODES_PER_PHONE_PER_HOUR, HOUR_MS);
  } catch (error) {
    await auditRefusal(deps, 'portal-code', who, {
      action: 'auth.portal.code',
      subjectType: 'phone',
      changes: { phone: masked, limited: true },
    });
    throw error;
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const orgPath = user ? await unitPathOf(deps.db, user.scope_unit_id) : null;
  await deps.db.transaction().execute(async (trx) => {
    if (user) {
      const now = Date.now();
      await codes.insertCode(trx, {
        id: newId(),
        phone_bidx: bidx,
        code_hash: codeHash(bidx, code),
        expires_at: new Date(now + CODE_TTL_SECONDS * 1000).toISOString(),
        used_at: null,
        failures: 0,
        created_at: new Date(now).toISOString(),
      });
    }
    await recordAudit(trx, deps, who, {
      action: 'auth.portal.code',
      subjectType: user ? 'user' : 'phone',
      subjectId: user?.id ?? null,
      orgPath,
      changes: { phone: masked, sent: Boolean(user) },
    });
  });
  if (user) await codeChannelFor(deps.config).send(phone, code, CODE_TTL_SECONDS);
  return { sent: true as const, expiresInSeconds: CODE_TTL_SECONDS };
}

/**
 * Signs in with the latest unexpired, unused code. Each guess is counted on the code (a conditional
 * increment) before it is compared, so no more than CODE_MAX_FAILURES guesses are ever compared, even
 * concurrently; the last one burns the code. Guesses also count under the address's and the phone's limits.
 */
export async function portalCodeLogin(deps: Deps, origin: Origin, input: PortalCodeLoginInput) {
  const { bidx, user } = await portalUser(deps, input.phone);
  return signIn(deps, origin, {
    action: 'auth.portal.login',
    accountKey: `phone:${bidx}`,
    account: user,
    lockedRefusal: 'PORTAL_CODE_INVALID',
    details: { failure: { method: 'code' }, success: { method: 'code' } },
    check: async () => {
      const row = await codes.findLatestOpenCode(deps.db, bidx, nowIsoOf(deps.clock));
      if (!row || !(await codes.countGuess(deps.db, row.id, CODE_MAX_FAILURES)))
        return { refused: 'PORTAL_CODE_INVALID' };
      const expected = Buffer.from(row.code_hash);
      const given = Buffer.from(codeHash(bidx, input.code));
      const match = expected.length === given.length && timingSafeEqual(expected, given);
      if (!user || !match) {
        await codes.burnSpentCode(deps.db, row.id, CODE_MAX_FAILURES, nowIsoOf(deps.clock));
        return { refused: 'PORTAL_CODE_INVALID' };
      }
      return {
        accepted: user,
        commit: async (trx, { at }) => {
          if (!(await codes.spendCode(trx, row.id, at))) throw new AppError('PORTAL_CODE_INVALID');
        },
      };
    },
  });
}
