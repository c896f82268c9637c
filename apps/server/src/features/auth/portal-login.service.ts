import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../deps.ts';
import type { Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { newId, nowIso } from '../../platform/ids.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { accountLockedUntil, ACCOUNT_WINDOW_MS, ipBlocked, IP_WINDOW_MS } from './throttle.ts';
import { consumeAllowance, HOUR_MS } from './rate-limit.service.ts';
import { codeChannelFor } from './code-channel.ts';
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

async function ipGate(deps: Deps, ip: string) {
  if (ipBlocked(await repo.attemptsSince(deps.db, `ip:${ip}`, new Date(Date.now() - IP_WINDOW_MS).toISOString())))
    throw new AppError('RATE_LIMITED');
}

async function failed(
  deps: Deps,
  origin: Origin,
  keys: string[],
  userId: string | null,
  code: 'AUTH_INVALID' | 'PORTAL_CODE_INVALID',
): Promise<never> {
  const at = nowIso();
  for (const key of keys) await repo.recordAttempt(deps.db, { id: newId(), key, at, ok: 0 });
  await recordAuditAlone(
    deps,
    { actorId: userId, actorRole: userId ? 'resident' : null, ...origin },
    {
      action: 'auth.portal.login',
      subjectType: 'user',
      subjectId: userId,
      result: 'failure',
      changes: { method: code === 'AUTH_INVALID' ? 'password' : 'code' },
    },
  );
  throw new AppError(code);
}

async function openSession(
  deps: Deps,
  origin: Origin,
  user: { id: string; role: string; scope_unit_id: string },
  keys: string[],
  method: string,
  codeId?: string,
) {
  const token = randomToken();
  const at = nowIso();
  await deps.db.transaction().execute(async (trx) => {
    for (const key of keys) await repo.recordAttempt(trx, { id: newId(), key, at, ok: 1 });
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
      { action: 'auth.portal.login', subjectType: 'user', subjectId: user.id, changes: { method } },
    );
  });
  return { token };
}

/** Phone number + password (throttled per address and per phone like the console's sign-in). */
export async function portalPasswordLogin(deps: Deps, origin: Origin, input: { phone: string; password: string }) {
  const ip = origin.ip ?? 'unknown';
  await ipGate(deps, ip);
  const { bidx, user } = await portalUser(deps, input.phone);
  const phoneKey = `phone:${bidx}`;
  const locked = accountLockedUntil(
    await repo.attemptsSince(deps.db, phoneKey, new Date(Date.now() - ACCOUNT_WINDOW_MS).toISOString()),
  );
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  const keys = [`ip:${ip}`, phoneKey];
  if (!user || !ok || (locked !== null && locked > Date.now()))
    return failed(deps, origin, keys, user?.id ?? null, 'AUTH_INVALID');
  return openSession(deps, origin, user, keys, 'password');
}

/**
 * Sends a one-time code when the phone belongs to a portal account; answers the same either way
 * (no account enumeration). Allowances per address and per phone; 429 past them, nothing written.
 */
export async function requestPortalCode(deps: Deps, origin: Origin, phone: string) {
  const { bidx, user } = await portalUser(deps, phone);
  await consumeAllowance(deps, `portal-code-ip:${origin.ip ?? 'unknown'}`, CODES_PER_IP_PER_HOUR, HOUR_MS);
  await consumeAllowance(deps, `portal-code-phone:${bidx}`, CODES_PER_PHONE_PER_HOUR, HOUR_MS);
  if (user) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = Date.now();
    await deps.db
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
    await codeChannelFor(deps.config).send(phone, code, CODE_TTL_SECONDS);
  }
  return { sent: true as const, expiresInSeconds: CODE_TTL_SECONDS };
}

/** Signs in with the latest unexpired, unused code; wrong guesses count and burn the code at the limit. */
export async function portalCodeLogin(deps: Deps, origin: Origin, input: { phone: string; code: string }) {
  const ip = origin.ip ?? 'unknown';
  await ipGate(deps, ip);
  const { bidx, user } = await portalUser(deps, input.phone);
  const keys = [`ip:${ip}`, `phone:${bidx}`];
  const row = await deps.db
    .selectFrom('portal_codes')
    .selectAll()
    .where('phone_bidx', '=', bidx)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso())
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const expected = Buffer.from(row?.code_hash ?? '0'.repeat(64));
  const given = Buffer.from(codeHash(bidx, input.code));
  const match = expected.length === given.length && timingSafeEqual(expected, given);
  if (!row || !user || !match) {
    if (row) {
      const failures = row.failures + 1;
      await deps.db
        .updateTable('portal_codes')
        .set({ failures, ...(failures >= CODE_MAX_FAILURES ? { used_at: nowIso() } : {}) })
        .where('id', '=', row.id)
        .execute();
    }
    return failed(deps, origin, keys, user?.id ?? null, 'PORTAL_CODE_INVALID');
  }
  return openSession(deps, origin, user, keys, 'code', row.id);
}
