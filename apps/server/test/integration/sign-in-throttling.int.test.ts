import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestContext, countRows, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, TEST_PASSWORD } from '../sessions.ts';
import { REAUTH_LIMIT } from '../../src/features/auth/account.service.ts';
import { plantCode, portalResident } from '../portal-support.ts';
import { ACCOUNT_FREE_FAILURES, IP_MAX_ATTEMPTS } from '../../src/features/auth/throttle.ts';
import {
  CODE_MAX_FAILURES,
  CODES_PER_IP_PER_HOUR,
  CODES_PER_PHONE_PER_HOUR,
} from '../../src/features/auth/portal-login.service.ts';

/**
 * Concurrent guesses: the limits are reserved before the password (or code) is checked, so a burst
 * fired at once is held to the same caps as guesses sent one after another.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const BURST = 60;

describe('sign-in throttling under concurrent guesses', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let ipSeq = 0;
  const freshIp = () => `10.77.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;
  const post = (url: string, payload: object, ip: string) =>
    ctx.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
  const statuses = (responses: LightMyRequestResponse[]) => responses.map((r) => r.statusCode);
  const count = (list: number[], status: number) => list.filter((s) => s === status).length;

  const auditsFor = async (action: string, subjectId: string | null, ip?: string) => {
    let q = ctx.deps.db
      .selectFrom('audit_log')
      .select(['result', 'changes', 'ip'])
      .where('action', '=', action)
      .where('result', '=', 'failure');
    q = subjectId === null ? q.where('subject_id', 'is', null) : q.where('subject_id', '=', subjectId);
    if (ip) q = q.where('ip', '=', ip);
    return (await q.execute()).map((r) => ({
      ...r,
      changes: JSON.parse(r.changes ?? '{}') as Record<string, unknown>,
    }));
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });
  const community = () => fx.subdistricts[0].communities[0];

  it(`${BURST} concurrent wrong passwords for one account from one address: at most ${IP_MAX_ATTEMPTS} are counted, the rest get 429`, async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        post('/api/auth/login', { username: user.username, password: `Wrong-password-${i}!` }, ip),
      ),
    );
    const codes = statuses(responses);
    expect(count(codes, 200)).toBe(0);
    expect(count(codes, 429)).toBeGreaterThanOrEqual(BURST - IP_MAX_ATTEMPTS);
    expect(count(codes, 401)).toBeLessThanOrEqual(IP_MAX_ATTEMPTS);
    const failures = await auditsFor('auth.login', user.id, ip);
    expect(failures.length).toBeLessThanOrEqual(IP_MAX_ATTEMPTS);
    // Only the account's free failures were checked against the password; the others were refused by the lock.
    expect(failures.filter((f) => !f.changes.locked).length).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
  });

  it(`${BURST} concurrent wrong passwords for one account from ${BURST} addresses: at most ${ACCOUNT_FREE_FAILURES} passwords are checked`, async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        post('/api/auth/login', { username: user.username, password: `Wrong-password-${i}!` }, freshIp()),
      ),
    );
    expect(count(statuses(responses), 401)).toBe(BURST);
    const failures = await auditsFor('auth.login', user.id);
    expect(failures).toHaveLength(BURST);
    expect(failures.filter((f) => !f.changes.locked).length).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
    // The account stays locked: even the right password is refused with the same answer.
    const locked = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD }, freshIp());
    expect(locked.statusCode).toBe(401);
  });

  it('a concurrent burst against an unknown name is held to the same caps', async () => {
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: BURST }, () => post('/api/auth/login', { username: 'nobody-burst', password: 'x' }, ip)),
    );
    expect(count(statuses(responses), 429)).toBeGreaterThanOrEqual(BURST - IP_MAX_ATTEMPTS);
    const failures = await auditsFor('auth.login', null, ip);
    expect(failures.length).toBeLessThanOrEqual(IP_MAX_ATTEMPTS);
    expect(failures.filter((f) => !f.changes.locked).length).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
  });

  it('a successful sign-in gives its reserved attempt back (the address keeps its allowance)', async () => {
    const users = await Promise.all(
      Array.from({ length: 10 }, () => makeUser(ctx.deps, 'community_worker', community().id)),
    );
    const user = users[0];
    const ip = freshIp();
    const ok = await Promise.all(
      users.map((u) => post('/api/auth/login', { username: u.username, password: TEST_PASSWORD }, ip)),
    );
    expect(statuses(ok)).toEqual(Array(10).fill(200));
    for (let i = 0; i < IP_MAX_ATTEMPTS; i++)
      expect((await post('/api/auth/login', { username: `spray-${i}`, password: 'x' }, ip)).statusCode).toBe(401);
    expect((await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD }, ip)).statusCode).toBe(
      429,
    );
  });

  it(`portal: ${BURST} concurrent wrong passwords for one phone are held to the same caps`, async () => {
    const r = await portalResident(ctx.deps, community().id);
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        post('/api/portal/auth/password', { phone: r.phone, password: `Wrong-password-${i}!` }, ip),
      ),
    );
    const codes = statuses(responses);
    expect(count(codes, 429)).toBeGreaterThanOrEqual(BURST - IP_MAX_ATTEMPTS);
    const failures = await auditsFor('auth.portal.login', r.userId, ip);
    expect(failures.length).toBeLessThanOrEqual(IP_MAX_ATTEMPTS);
    expect(failures.filter((f) => !f.changes.locked).length).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
    expect(
      (await post('/api/portal/auth/password', { phone: r.phone, password: TEST_PASSWORD }, freshIp())).statusCode,
    ).toBe(401);
  });

  it(`portal: concurrent wrong codes burn the code after ${CODE_MAX_FAILURES} guesses`, async () => {
    const r = await portalResident(ctx.deps, community().id);
    await plantCode(ctx.deps, r.phone, '424242');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post('/api/portal/auth/code/verify', { phone: r.phone, code: String(100000 + i) }, freshIp()),
      ),
    );
    expect(statuses(responses).every((s) => s === 400)).toBe(true);
    const row = await ctx.deps.db
      .selectFrom('portal_codes')
      .select(['failures', 'used_at'])
      .where('phone_bidx', '=', ctx.deps.cipher.blindIndex('phone', r.phone))
      .executeTakeFirstOrThrow();
    expect(row.failures).toBeLessThanOrEqual(CODE_MAX_FAILURES);
    expect(row.used_at).not.toBeNull();
    const right = await post('/api/portal/auth/code/verify', { phone: r.phone, code: '424242' }, freshIp());
    expect(right.statusCode).toBe(400);
    expect(readJson<{ code: string }>(right).code).toBe('PORTAL_CODE_INVALID');
  });

  it('portal: concurrent code requests are held to the per-phone and per-address allowances', async () => {
    const spy = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      const r = await portalResident(ctx.deps, community().id);
      const before = await countRows(ctx.deps, 'portal_codes');
      const samePhone = await Promise.all(
        Array.from({ length: 30 }, () => post('/api/portal/auth/code', { phone: r.phone }, freshIp())),
      );
      expect(count(statuses(samePhone), 200)).toBe(CODES_PER_PHONE_PER_HOUR);
      expect(await countRows(ctx.deps, 'portal_codes')).toBe(before + CODES_PER_PHONE_PER_HOUR);

      const ip = freshIp();
      const sameIp = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          post('/api/portal/auth/code', { phone: `137${String(10_000_000 + i * 13)}` }, ip),
        ),
      );
      expect(count(statuses(sameIp), 200)).toBe(CODES_PER_IP_PER_HOUR);
    } finally {
      spy.mockRestore();
    }
  });

  it(`a signed-in session checks its password at most ${REAUTH_LIMIT} times a quarter of an hour`, async () => {
    const client = await clientFor(ctx.app, ctx.deps, 'community_worker', community().id);
    const change = (currentPassword: string) =>
      client.post('/api/auth/password', { currentPassword, newPassword: 'Quiet-Harbour-Lantern-2031' });
    for (let i = 0; i < REAUTH_LIMIT; i++) {
      const res = await change(`Wrong-guess-${i}-password`);
      expect([res.statusCode, readJson<{ code: string }>(res).code]).toEqual([400, 'CURRENT_PASSWORD_WRONG']);
    }
    // Past the limit even the right password is not checked: 429, and the password stays as it was.
    const blocked = await change(TEST_PASSWORD);
    expect([blocked.statusCode, readJson<{ code: string }>(blocked).code]).toEqual([429, 'RATE_LIMITED']);
  });
});
