import { randomInt, timingSafeEqual } from 'node:crypto';
import { maskMobile } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { reserveLoginAttempt, type LoginAttempt } from './login-attempts.ts';
import { consumeAllowance, HOUR_MS } from './rate-limit.service.ts';
import { codeChannelFor } from './code-channel.ts';
import { auditRefusal } from './security-events.ts';
import * as repo from './auth.repo.ts';

/** Roles that sign in on the residents' portal (staff use the console's username sign-in). */
export const PORTAL_ROLES = ['resident', 'party_member', 'volunteer'] as const;
export const CODE_TTL_SECONDS = 300;
export const CODE_MAX_FAILURES = 5;
export const CODES_PER_PHONE_PER_HOUR = 5;
export const CODES_PER_IP_PER_HOUR = 20;

const codeHash = (bidx: string, code: string) => sha256Hex(`${bidx}:${code}`);

async function portalUser(deps: Deps, phone: string) {
  const bidx = deps.cipher.blindIndex('phone', phone);
  const link = await deps.db
    .selectFrom('portal_phones')
    .select('user_id')
    .where('phone_bidx', '=', bidx)
    .executeTakeFirst();
  const user = link ? await repo.findUserById(deps.db, link.user_id) : undefined;
  const ok = user && !user.disabled && (PORTAL_ROLES as readonly string[]).includes(user.role);
  return { bidx, user: ok ? user : undefined };
}

async function failed(
  deps: Deps,
  origin: Origin,
  user: { id: string; scope_unit_id: string } | undefined,
  attempt: LoginAttempt,
  code: 'AUTH_INVALID' | 'PORTAL_CODE_INVALID',
): Promise<never> {
  await recordAuditAlone(
    deps,
    { actorId: user?.id ?? null, actorRole: user ? 'resident' : null, ...origin },
    {
      action: 'auth.portal.login',
      subjectType: 'user',
      subjectId: user?.id ?? null,
      orgPath: user ? await unitPath(deps, user.scope_unit_id) : null,
      result: 'failure',
      changes: { method: code === 'AUTH_INVALID' ? 'password' : 'code', ...(attempt.locked ? { locked: true } : {}) },
    },
  );
  throw new AppError(code);
}

async function unitPath(deps: Deps, unitId: string): Promise<string | null> {
  const unit = await deps.db.selectFrom('org_units').select('path').where('id', '=', unitId).executeTakeFirst();
  return unit?.path ?? null;
}

async function openSession(
  deps: Deps,
  origin: Origin,
  user: { id: string; role: string; scope_unit_id: string },
  attempt: LoginAttempt,
  method: string,
  codeId?: string,
) {
  const token = randomToken();
  const at = nowIsoOf(deps.clock);
  const orgPath = await unitPath(deps, user.scope_unit_id);
  await deps.db.transaction().execute(async (trx) => {
    if (codeId) {
      const used = await trx
        .updateTable('portal_codes')
        .set({ used_at: at })
        .where('id', '=', codeId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) throw new AppError('PORTAL_CODE_INVALID');
    }
    await repo.insertSession(trx, {
      id: sha256Hex(token),
      user_id: user.id,
      csrf_token: randomToken(24),
      created_at: at,
      last_seen_at: at,
      ip: origin.ip ?? 'unknown',
    });
    await recordAudit(
      trx,
      deps,
      { actorId: user.id, actorRole: user.role, ...origin },
      { action: 'auth.portal.login', subjectType: 'user', subjectId: user.id, orgPath, changes: { method } },
    );
  });
  await attempt.succeeded();
  return { token };
}

/** Phone number + password (throttled per address and per phone like the console's sign-in). */
export async function portalPasswordLogin(deps: Deps, origin: Origin, input: { phone: string; password: string }) {
  const { bidx, user } = await portalUser(deps, input.phone);
  const attempt = await reserveLoginAttempt(deps, origin, `phone:${bidx}`, 'auth.portal.login');
  const ok =
    !attempt.locked && (await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password));
  if (!user || !ok) return failed(deps, origin, user, attempt, 'AUTH_INVALID');
  return openSession(deps, origin, user, attempt, 'password');
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
  const orgPath = user ? await unitPath(deps, user.scope_unit_id) : null;
  await deps.db.transaction().execute(async (trx) => {
    if (user) {
      const now = Date.now();
      await trx
        .insertInto('portal_codes')
        .values({
          id: newId(),
          phone_bidx: bidx,
          code_hash: codeHash(bidx, code),
          expires_at: new Date(now + CODE_TTL_SECONDS * 1000).toISOString(),
          used_at: null,
          failures: 0,
          created_at: new Date(now).toISOString(),
        })
        .execute();
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
export async function portalCodeLogin(deps: Deps, origin: Origin, input: { phone: string; code: string }) {
  const { bidx, user } = await portalUser(deps, input.phone);
  const attempt = await reserveLoginAttempt(deps, origin, `phone:${bidx}`, 'auth.portal.login');
  const row = attempt.locked
    ? undefined
    : await deps.db
        .selectFrom('portal_codes')
        .selectAll()
        .where('phone_bidx', '=', bidx)
        .where('used_at', 'is', null)
        .where('expires_at', '>', nowIsoOf(deps.clock))
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
  if (!row) return failed(deps, origin, user, attempt, 'PORTAL_CODE_INVALID');
  const counted = await deps.db
    .updateTable('portal_codes')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id', '=', row.id)
    .where('used_at', 'is', null)
    .where('failures', '<', CODE_MAX_FAILURES)
    .executeTakeFirst();
  if (Number(counted.numUpdatedRows) !== 1) return failed(deps, origin, user, attempt, 'PORTAL_CODE_INVALID');
  const expected = Buffer.from(row.code_hash);
  const given = Buffer.from(codeHash(bidx, input.code));
  const match = expected.length === given.length && timingSafeEqual(expected, given);
  if (!user || !match) {
    await deps.db
      .updateTable('portal_codes')
      .set({ used_at: nowIsoOf(deps.clock) })
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .where('failures', '>=', CODE_MAX_FAILURES)
      .execute();
    return failed(deps, origin, user, attempt, 'PORTAL_CODE_INVALID');
  }
  return openSession(deps, origin, user, attempt, 'code', row.id);
}
