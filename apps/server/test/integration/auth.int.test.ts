import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { ErrorBody, SessionView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, TEST_PASSWORD } from '../sessions.ts';
import { sha256Hex } from '../../src/platform/crypto.ts';
import { acceptTotp, currentTotp } from '../../src/features/auth/totp.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const COOKIE = '__Host-jishi';
/** The one body every failed or refused password login gets (zh-CN, the default language). */
const INVALID_BODY: ErrorBody = { code: 'AUTH_INVALID', message: '用户名或密码错误，或尝试次数过多，请稍后再试' };

let ipCounter = 0;
/** A fresh client address per test, so per-IP throttling of one test never leaks into another. */
const freshIp = (): string => `10.0.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

describe('authentication and sessions', () => {
  let ctx: Ctx;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  const community = () => fx.subdistricts[0].communities[0];

  const login = (body: Record<string, unknown>, ip: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress: ip, headers });

  function tokenOf(res: LightMyRequestResponse): string {
    const cookie = res.cookies.find((c) => c.name === COOKIE);
    if (!cookie) throw new Error(`no ${COOKIE} cookie in ${JSON.stringify(res.headers['set-cookie'])}`);
    return cookie.value;
  }

  const withCookie = (token: string, extra: Record<string, string> = {}) => ({
    cookie: `${COOKIE}=${token}`,
    ...extra,
  });

  const getSession = (token: string) =>
    ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: withCookie(token) });

  async function signIn(username: string, ip = freshIp(), password = TEST_PASSWORD) {
    const res = await login({ username, password }, ip);
    expect(res.statusCode, res.body).toBe(200);
    return { token: tokenOf(res), view: readJson<SessionView>(res) };
  }

  const failedLoginAudits = async (username: string) =>
    (
      await ctx.deps.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'auth.login')
        .where('result', '=', 'failure')
        .execute()
    ).filter((r) => r.changes !== null && (JSON.parse(r.changes) as { username?: string }).username === username);

  it('a correct login sets a __Host- session cookie and returns the session view', async () => {
    const user = await makeUser(ctx.deps, 'community_secretary', community().id);
    const res = await login({ username: user.username, password: TEST_PASSWORD }, freshIp());
    expect(res.statusCode, res.body).toBe(200);

    const raw = [res.headers['set-cookie']].flat().find((h) => typeof h === 'string' && h.startsWith(`${COOKIE}=`));
    expect(raw).toBeDefined();
    const attrs = (raw as string).split(';').map((p) => p.trim().toLowerCase());
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('secure');
    expect(attrs).toContain('samesite=lax');
    expect(attrs).toContain('path=/');
    expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);

    const token = tokenOf(res);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const view = readJson<SessionView>(res);
    expect(view.user).toEqual({
      id: user.id,
      username: user.username,
      displayName: user.username,
      role: 'community_secretary',
      scopeUnitId: community().id,
      scopeUnitName: '甲一社区',
      totpEnabled: false,
    });
    expect(view.permissions).toContain('resident:export');
    expect(view.permissions).not.toContain('audit:read');
    expect(view.csrfToken.length).toBeGreaterThanOrEqual(24);
    expect(view.demo).toBe(true);

    // Stored session ids are SHA-256 hashes of the cookie token, never the token itself.
    const rows = await ctx.deps.db
      .selectFrom('sessions')
      .select(['id', 'csrf_token'])
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toEqual([{ id: sha256Hex(token), csrf_token: view.csrfToken }]);
    const raw2 = await ctx.deps.db.selectFrom('sessions').select('id').where('id', '=', token).execute();
    expect(raw2).toEqual([]);

    const ok = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'result'])
      .where('action', '=', 'auth.login')
      .where('actor_id', '=', user.id)
      .execute();
    expect(ok).toEqual([{ actor_id: user.id, result: 'success' }]);
  });

  it('each login mints a new token (rotation) and GET /api/auth/session works with the cookie', async () => {
    const user = await makeUser(ctx.deps, 'grid_worker', community().grids[0].id);
    const a = await signIn(user.username);
    const b = await signIn(user.username);
    expect(a.token).not.toBe(b.token);
    expect(a.view.csrfToken).not.toBe(b.view.csrfToken);

    const res = await getSession(b.token);
    expect(res.statusCode).toBe(200);
    const view = readJson<SessionView>(res);
    expect(view.user.id).toBe(user.id);
    expect(view.csrfToken).toBe(b.view.csrfToken);
    expect(res.headers['cache-control']).toBe('no-store');

    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(anonymous.statusCode).toBe(401);
    expect(readJson<ErrorBody>(anonymous).code).toBe('UNAUTHENTICATED');
    const forged = await getSession('not-a-real-token');
    expect(forged.statusCode).toBe(401);
  });

  it('wrong password and unknown user give the same 401 body, and both are audited as failures', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const ip = freshIp();
    const wrong = await login({ username: user.username, password: 'Wrong-Horse-Battery-9' }, ip);
    const unknown = await login({ username: 'nobody-here', password: TEST_PASSWORD }, ip);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(readJson(wrong)).toEqual(INVALID_BODY);
    expect(readJson(unknown)).toEqual(INVALID_BODY);
    expect(wrong.cookies.find((c) => c.name === COOKIE)).toBeUndefined();

    const known = await failedLoginAudits(user.username);
    expect(known).toHaveLength(1);
    expect(known[0]).toMatchObject({
      actor_id: user.id,
      actor_role: 'community_worker',
      ip,
      subject_id: user.id,
      result: 'failure',
    });
    const nobody = await failedLoginAudits('nobody-here');
    expect(nobody).toHaveLength(1);
    expect(nobody[0]).toMatchObject({ actor_id: null, ip, subject_id: null, result: 'failure' });
    // The attempted password is never written to the audit log.
    expect(JSON.stringify([...known, ...nobody])).not.toContain('Wrong-Horse');
  });

  it('after 5 failures the correct password is refused with the same body (soft lock), for known and unknown names alike', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    // Each attempt from its own address: the lock is per account, not per IP.
    for (let i = 0; i < 5; i++) {
      const res = await login({ username: user.username, password: `Wrong-password-${i}!` }, freshIp());
      expect(readJson(res)).toEqual(INVALID_BODY);
    }
    const locked = await login({ username: user.username, password: TEST_PASSWORD }, freshIp());
    expect(locked.statusCode).toBe(401);
    expect(readJson(locked)).toEqual(INVALID_BODY);
    expect(locked.cookies.find((c) => c.name === COOKIE)).toBeUndefined();
    expect(await ctx.deps.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);

    const ghost = 'ghost-account';
    const ghostBodies: unknown[] = [];
    for (let i = 0; i < 6; i++)
      ghostBodies.push(readJson(await login({ username: ghost, password: TEST_PASSWORD }, freshIp())));
    for (const body of ghostBodies) expect(body).toEqual(INVALID_BODY);
    // The lock cannot be told apart from a missing account: same status, same body.
    expect(ghostBodies[5]).toEqual(readJson(locked));
    expect(await failedLoginAudits(ghost)).toHaveLength(6);
    expect(await failedLoginAudits(user.username)).toHaveLength(6);
  });

  it('the soft lock is per account: another account still signs in', async () => {
    const other = await makeUser(ctx.deps, 'community_worker', community().id);
    const res = await login({ username: other.username, password: TEST_PASSWORD }, freshIp());
    expect(res.statusCode).toBe(200);
  });

  it('the 31st login attempt from one IP within the hour is rate limited (429); other IPs are not', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const ip = freshIp();
    for (let i = 0; i < 30; i++) {
      const res = await login({ username: `spray-${i}`, password: 'Wrong-password-xyz' }, ip);
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    const blocked = await login({ username: user.username, password: TEST_PASSWORD }, ip);
    expect(blocked.statusCode).toBe(429);
    expect(readJson<ErrorBody>(blocked).code).toBe('RATE_LIMITED');
    expect(blocked.cookies.find((c) => c.name === COOKIE)).toBeUndefined();

    const elsewhere = await login({ username: user.username, password: TEST_PASSWORD }, freshIp());
    expect(elsewhere.statusCode).toBe(200);
  });

  it('successful sign-ins from one address (a community office behind NAT) do not use up its allowance', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const ip = freshIp();
    for (let i = 0; i < 35; i++) {
      const res = await login({ username: user.username, password: TEST_PASSWORD }, ip);
      expect(res.statusCode, `sign-in ${i + 1}`).toBe(200);
    }
  });

  it('logout ends the session server-side: the old cookie gets 401', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const { token, view } = await signIn(user.username);

    const noCsrf = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: withCookie(token) });
    expect(noCsrf.statusCode).toBe(403);
    expect(readJson<ErrorBody>(noCsrf).code).toBe('CSRF');

    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: withCookie(token, { 'x-csrf-token': view.csrfToken }),
    });
    expect(out.statusCode).toBe(200);
    expect(readJson(out)).toEqual({ ok: true });
    expect(await ctx.deps.db.selectFrom('sessions').select('id').where('id', '=', sha256Hex(token)).execute()).toEqual(
      [],
    );

    const after = await getSession(token);
    expect(after.statusCode).toBe(401);
    expect(readJson<ErrorBody>(after).code).toBe('UNAUTHENTICATED');
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', user.id)
      .where('action', '=', 'auth.logout')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('disabling a user through PATCH /api/users/:id (security admin) ends their sessions and blocks sign-in', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const first = await signIn(user.username);
    const second = await signIn(user.username);
    expect((await getSession(first.token)).statusCode).toBe(200);

    const admin = await clientFor(ctx.app, ctx.deps, 'security_admin', fx.subdistricts[0].id);
    const res = await admin.patch(`/api/users/${user.id}`, { disabled: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(readJson<{ disabled: boolean }>(res).disabled).toBe(true);

    expect(await ctx.deps.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    expect((await getSession(first.token)).statusCode).toBe(401);
    expect((await getSession(second.token)).statusCode).toBe(401);
    const again = await login({ username: user.username, password: TEST_PASSWORD }, freshIp());
    expect(again.statusCode).toBe(401);
    expect(readJson(again)).toEqual(INVALID_BODY);

    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'changes'])
      .where('action', '=', 'user.update')
      .where('subject_id', '=', user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe(admin.userId);
    expect(JSON.parse(audit[0].changes ?? '{}')).toEqual({ disabled: 1 });
  });

  it('a security admin of another subdistrict cannot disable the user (404, nothing changed)', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const { token } = await signIn(user.username);
    const foreign = await clientFor(ctx.app, ctx.deps, 'security_admin', fx.subdistricts[1].id);
    const res = await foreign.patch(`/api/users/${user.id}`, { disabled: true });
    expect(res.statusCode).toBe(404);
    expect((await getSession(token)).statusCode).toBe(200);
  });

  it('a session idle for more than 30 minutes ends (401) and is deleted', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const { token } = await signIn(user.username);
    const sid = sha256Hex(token);
    await ctx.deps.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 29 * 60_000).toISOString() })
      .where('id', '=', sid)
      .execute();
    expect((await getSession(token)).statusCode).toBe(200);

    await ctx.deps.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('id', '=', sid)
      .execute();
    const res = await getSession(token);
    expect(res.statusCode).toBe(401);
    expect(readJson<ErrorBody>(res).code).toBe('UNAUTHENTICATED');
    expect(await ctx.deps.db.selectFrom('sessions').select('id').where('id', '=', sid).execute()).toEqual([]);
  });

  it('a session older than 12 hours ends (401) even while in use', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const { token } = await signIn(user.username);
    const sid = sha256Hex(token);
    await ctx.deps.db
      .updateTable('sessions')
      .set({ created_at: new Date(Date.now() - 13 * 3600_000).toISOString(), last_seen_at: new Date().toISOString() })
      .where('id', '=', sid)
      .execute();
    const res = await getSession(token);
    expect(res.statusCode).toBe(401);
    expect(await ctx.deps.db.selectFrom('sessions').select('id').where('id', '=', sid).execute()).toEqual([]);
  });

  it('TOTP: setup, enable with a current code, then login needs the code', async () => {
    const user = await makeUser(ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    const { token, view } = await signIn(user.username);
    const headers = withCookie(token, { 'x-csrf-token': view.csrfToken });

    const setup = await ctx.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers, payload: {} });
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret, uri } = readJson<{ secret: string; uri: string }>(setup);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toContain('otpauth://totp/');
    const stored = await ctx.deps.db
      .selectFrom('users')
      .select(['totp_secret_enc', 'totp_enabled'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.totp_enabled).toBe(0);
    expect(stored.totp_secret_enc).not.toContain(secret);

    // Not enabled yet: password alone still signs in.
    expect((await login({ username: user.username, password: TEST_PASSWORD }, freshIp())).statusCode).toBe(200);

    const wrongCode = pickWrongCode(secret);
    const badEnable = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers,
      payload: { code: wrongCode },
    });
    expect(badEnable.statusCode).toBe(401);
    expect(readJson<ErrorBody>(badEnable).code).toBe('AUTH_TOTP_INVALID');

    const enable = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers,
      payload: { code: currentTotp(secret) },
    });
    expect(enable.statusCode, enable.body).toBe(200);
    expect(readJson<SessionView>(await getSession(token)).user.totpEnabled).toBe(true);

    const ip = freshIp();
    const without = await login({ username: user.username, password: TEST_PASSWORD }, ip);
    expect(without.statusCode).toBe(401);
    expect(readJson<ErrorBody>(without).code).toBe('AUTH_TOTP_REQUIRED');
    expect(without.cookies.find((c) => c.name === COOKIE)).toBeUndefined();

    const wrong = await login({ username: user.username, password: TEST_PASSWORD, totp: wrongCode }, ip);
    expect(wrong.statusCode).toBe(401);
    expect(readJson<ErrorBody>(wrong).code).toBe('AUTH_TOTP_INVALID');
    expect(wrong.cookies.find((c) => c.name === COOKIE)).toBeUndefined();

    // A wrong password with a right code reveals nothing about the second factor.
    const wrongPassword = await login(
      { username: user.username, password: 'Not-the-password-1', totp: currentTotp(secret) },
      ip,
    );
    expect(readJson(wrongPassword)).toEqual(INVALID_BODY);

    // The code used to enable was spent; the next 30-second step brings a fresh one.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 30_000);
    const code = currentTotp(secret);
    const right = await login({ username: user.username, password: TEST_PASSWORD, totp: code }, ip);
    expect(right.statusCode, right.body).toBe(200);
    expect(readJson<SessionView>(right).user.totpEnabled).toBe(true);
    expect(tokenOf(right)).not.toBe(token);

    // A code is accepted once: replaying it fails.
    const replay = await login({ username: user.username, password: TEST_PASSWORD, totp: code }, ip);
    expect(replay.statusCode).toBe(401);
    expect(readJson<ErrorBody>(replay).code).toBe('AUTH_TOTP_INVALID');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('password change enforces length and the blocklist, then replaces the password and ends other sessions', async () => {
    const user = await makeUser(ctx.deps, 'community_secretary', community().id);
    const other = await signIn(user.username);
    const { token, view } = await signIn(user.username);
    const change = (body: Record<string, unknown>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: withCookie(token, { 'x-csrf-token': view.csrfToken }),
        payload: body,
      });

    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'Short-pw-11' });
    expect(short.statusCode).toBe(400);
    expect(readJson<ErrorBody>(short).code).toBe('VALIDATION');
    expect(readJson<ErrorBody>(short).issues?.map((i) => i.path)).toEqual(['body.newPassword']);

    for (const weak of ['qinling-2026-abc', 'My-Jinyuan-home-7', '秦江社区的家很温暖很温暖', 'aaaaaaaaaaaaaa']) {
      const res = await change({ currentPassword: TEST_PASSWORD, newPassword: weak });
      expect(res.statusCode, weak).toBe(400);
      expect(readJson<ErrorBody>(res).code, weak).toBe('PASSWORD_WEAK');
    }
    const wrongCurrent = await change({
      currentPassword: 'Not-the-password-1',
      newPassword: 'Lantern-Orchid-Velvet-42',
    });
    // A wrong current password is a form error (400), not a lost session (401).
    expect(wrongCurrent.statusCode).toBe(400);
    expect(readJson<ErrorBody>(wrongCurrent).code).toBe('CURRENT_PASSWORD_WRONG');
    // None of the refused changes touched the account.
    expect((await getSession(other.token)).statusCode).toBe(200);

    const ok = await change({ currentPassword: TEST_PASSWORD, newPassword: 'Lantern-Orchid-Velvet-42' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await getSession(token)).statusCode).toBe(200);
    expect((await getSession(other.token)).statusCode).toBe(401);

    const ip = freshIp();
    expect(readJson(await login({ username: user.username, password: TEST_PASSWORD }, ip))).toEqual(INVALID_BODY);
    expect((await login({ username: user.username, password: 'Lantern-Orchid-Velvet-42' }, ip)).statusCode).toBe(200);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'auth.password_change')
      .where('actor_id', '=', user.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('user names are case-insensitive at login', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', community().id);
    const res = await login({ username: user.username.toUpperCase(), password: TEST_PASSWORD }, freshIp());
    expect(res.statusCode).toBe(200);
    expect(readJson<SessionView>(res).user.id).toBe(user.id);
  });
});

/** A well-formed 6-digit code that the server's ±1 step window does not accept. */
function pickWrongCode(secret: string): string {
  for (let n = 0; n < 1_000_000; n += 7919) {
    const code = String(n).padStart(6, '0');
    if (acceptTotp(secret, code, null) === null) return code;
  }
  throw new Error('no wrong code found');
}
