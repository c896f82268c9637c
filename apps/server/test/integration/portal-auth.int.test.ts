import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, countRows, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { TEST_PASSWORD } from '../sessions.ts';
import { freshPhone, plantCode, portalResident } from '../portal-support.ts';
import { CODE_MAX_FAILURES, CODES_PER_PHONE_PER_HOUR } from '../../src/features/auth/portal-login.service.ts';
import { ACCOUNT_FREE_FAILURES } from '../../src/features/auth/throttle.ts';

/** Residents sign in on the portal with phone + password or a one-time code from the configured channel (the log channel here). */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe("residents' portal sign-in", () => {
  let ctx: Ctx;
  let fx: Fixture;
  let ipSeq = 0;
  const post = (url: string, payload: unknown, ip = `10.20.0.${++ipSeq % 250}`) =>
    ctx.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: ip });
  const codeFromLog = async (phone: string): Promise<string> => {
    const spy = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      const res = await post('/api/portal/auth/code', { phone });
      expect(res.statusCode).toBe(200);
      const line = spy.mock.calls
        .map((c) => String(c[0]))
        .find((l) => l.includes(`${phone.slice(0, 3)}****${phone.slice(-4)}`));
      expect(line).toBeDefined();
      expect(line).not.toContain(phone);
      return /code (\d{6})/.exec(line as string)?.[1] as string;
    } finally {
      spy.mockRestore();
    }
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  it('phone + password signs a resident in (session cookie, resident role); a wrong password does not', async () => {
    const r = await portalResident(ctx.deps, fx.subdistricts[0].communities[0].id);
    const ok = await post('/api/portal/auth/password', { phone: r.phone, password: TEST_PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(readJson<{ user: { role: string } }>(ok).user.role).toBe('resident');
    expect(ok.headers['set-cookie']).toBeDefined();
    const bad = await post('/api/portal/auth/password', { phone: r.phone, password: 'wrong-password' });
    expect(bad.statusCode).toBe(401);
    const unknown = await post('/api/portal/auth/password', { phone: freshPhone(), password: TEST_PASSWORD });
    expect(unknown.statusCode).toBe(401);
  });

  it('only enabled resident-side accounts sign in on the portal; failures are audited and lock the phone like the console', async () => {
    const { makeUser } = await import('../sessions.ts');
    const community = fx.subdistricts[0].communities[0].id;
    const disabled = await portalResident(ctx.deps, community);
    await ctx.deps.db.updateTable('users').set({ disabled: 1 }).where('id', '=', disabled.userId).execute();
    expect(
      (await post('/api/portal/auth/password', { phone: disabled.phone, password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
    // a staff account whose phone was linked behind the service's back (the service refuses staff) still cannot use the portal
    const staff = await makeUser(ctx.deps, 'community_worker', community);
    const staffPhone = freshPhone();
    await ctx.deps.db
      .insertInto('portal_phones')
      .values({
        user_id: staff.id,
        phone_enc: ctx.deps.cipher.encrypt('phone', staffPhone),
        phone_bidx: ctx.deps.cipher.blindIndex('phone', staffPhone),
        phone_mask: 'x',
        created_at: new Date().toISOString(),
      })
      .execute();
    expect((await post('/api/portal/auth/password', { phone: staffPhone, password: TEST_PASSWORD })).statusCode).toBe(
      401,
    );

    const r = await portalResident(ctx.deps, community);
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
      expect((await post('/api/portal/auth/password', { phone: r.phone, password: 'wrong-password' })).statusCode).toBe(
        401,
      );
    const failures = await ctx.deps.db
      .selectFrom('audit_log')
      .select('result')
      .where('action', '=', 'auth.portal.login')
      .where('subject_id', '=', r.userId)
      .execute();
    expect(failures.map((a) => a.result)).toEqual(Array(ACCOUNT_FREE_FAILURES).fill('failure'));
    expect((await post('/api/portal/auth/password', { phone: r.phone, password: TEST_PASSWORD })).statusCode).toBe(401);
  });

  it('a code sent over the log channel signs in once; it is stored only hashed', async () => {
    const r = await portalResident(ctx.deps, fx.subdistricts[0].communities[0].id);
    const code = await codeFromLog(r.phone);
    const rows = await ctx.deps.db.selectFrom('portal_codes').select(['code_hash']).execute();
    expect(rows.some((x) => x.code_hash.includes(code))).toBe(false);
    const ok = await post('/api/portal/auth/code/verify', { phone: r.phone, code });
    expect(ok.statusCode).toBe(200);
    const again = await post('/api/portal/auth/code/verify', { phone: r.phone, code });
    expect(again.statusCode).toBe(400);
    expect(readJson<{ code: string }>(again).code).toBe('PORTAL_CODE_INVALID');
  });

  it('an expired code is refused', async () => {
    const r = await portalResident(ctx.deps, fx.subdistricts[0].communities[0].id);
    await plantCode(ctx.deps, r.phone, '135790', -1000);
    expect((await post('/api/portal/auth/code/verify', { phone: r.phone, code: '135790' })).statusCode).toBe(400);
  });

  it(`${CODE_MAX_FAILURES} wrong guesses burn the code: the right one no longer works`, async () => {
    const r = await portalResident(ctx.deps, fx.subdistricts[0].communities[0].id);
    await plantCode(ctx.deps, r.phone, '111111');
    for (let i = 0; i < CODE_MAX_FAILURES; i++)
      expect((await post('/api/portal/auth/code/verify', { phone: r.phone, code: '999999' })).statusCode).toBe(400);
    expect((await post('/api/portal/auth/code/verify', { phone: r.phone, code: '111111' })).statusCode).toBe(400);
  });

  it('an unknown phone gets the same answer and no code is made; requests per phone are throttled (429, nothing written)', async () => {
    const before = await countRows(ctx.deps, 'portal_codes');
    const unknown = await post('/api/portal/auth/code', { phone: freshPhone() });
    expect(unknown.statusCode).toBe(200);
    expect(await countRows(ctx.deps, 'portal_codes')).toBe(before);
    const r = await portalResident(ctx.deps, fx.subdistricts[0].communities[0].id);
    const spy = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    for (let i = 0; i < CODES_PER_PHONE_PER_HOUR; i++)
      expect((await post('/api/portal/auth/code', { phone: r.phone })).statusCode).toBe(200);
    spy.mockRestore();
    const codes = await countRows(ctx.deps, 'portal_codes');
    const limited = await post('/api/portal/auth/code', { phone: r.phone });
    expect(limited.statusCode).toBe(429);
    expect(await countRows(ctx.deps, 'portal_codes')).toBe(codes);
  });

  it('bad phone numbers are a localised 400', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/portal/auth/code',
      payload: { phone: '12345' },
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('mobile');
  });

  it('public community pages list communities and their grids, no sign-in', async () => {
    const list = readJson<{ id: string; name: string }[]>(
      await ctx.app.inject({ method: 'GET', url: '/api/public/communities' }),
    );
    expect(list.map((c) => c.name)).toContain('甲一社区');
    const c = fx.subdistricts[0].communities[0];
    const page = readJson<{ grids: { name: string }[] }>(
      await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${c.id}` }),
    );
    expect(page.grids.map((g) => g.name).sort()).toEqual(['甲一A网格', '甲一B网格']);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/public/communities/${c.grids[0].id}` })).statusCode).toBe(
      404,
    );
  });

  it("phones are linked by the security admin of the account's subdistrict only (other subdistrict → 404), sealed and masked", async () => {
    const { clientFor, makeUser } = await import('../sessions.ts');
    const sec0 = await clientFor(ctx.app, ctx.deps, 'security_admin', fx.subdistricts[0].id);
    const other = await makeUser(ctx.deps, 'resident', fx.subdistricts[1].communities[0].id);
    const phone = freshPhone();
    expect((await sec0.request('PUT', `/api/portal/accounts/${other.id}/phone`, { phone })).statusCode).toBe(404);
    const mine = await makeUser(ctx.deps, 'resident', fx.subdistricts[0].communities[0].id);
    expect((await sec0.request('PUT', `/api/portal/accounts/${mine.id}/phone`, { phone })).statusCode).toBe(200);
    const row = await ctx.deps.db
      .selectFrom('portal_phones')
      .selectAll()
      .where('user_id', '=', mine.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(phone);
    expect(row.phone_mask).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    const staff = await makeUser(ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id);
    expect(
      (await sec0.request('PUT', `/api/portal/accounts/${staff.id}/phone`, { phone: freshPhone() })).statusCode,
    ).toBe(409);
    const taken = await makeUser(ctx.deps, 'resident', fx.subdistricts[0].communities[0].id);
    expect((await sec0.request('PUT', `/api/portal/accounts/${taken.id}/phone`, { phone })).statusCode).toBe(409);
  });
});
