import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { makeUser, TEST_PASSWORD } from '../sessions.ts';
import { freshPhone, plantCode, portalResident } from '../portal-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { setPortalPhone } from '../../src/features/portal/portal-accounts.service.ts';
import { ACCOUNT_FREE_FAILURES, IP_MAX_ATTEMPTS } from '../../src/features/auth/throttle.ts';

/**
 * The console's and the portal's sign-ins are one path (features/auth/sign-in.ts, session-cookie.ts): the
 * same cookie, the same address allowance and account lock in `throttle_counters`, the same audit steps.
 * A portal sign-in that went its own way again would fail here.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('one sign-in path for the console and the portal', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let ipSeq = 0;
  const freshIp = () => `10.91.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;
  const post = (url: string, payload: object, ip = freshIp()) =>
    ctx.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
  const community = () => fx.subdistricts[0].communities[0];
  /** The session cookie's attributes, its value left out. */
  const cookieShape = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    expect(res.cookies).toHaveLength(1);
    const { value, ...shape } = res.cookies[0] as unknown as Record<string, unknown>;
    expect(value).toEqual(expect.any(String));
    return shape;
  };
  const auditOf = (action: string, subjectId: string) =>
    ctx.deps.db
      .selectFrom('audit_log')
      .select(['result', 'actor_role', 'changes'])
      .where('action', '=', action)
      .where('subject_id', '=', subjectId)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  it('the console, portal password and portal code sign-ins set the same session cookie', async () => {
    const staff = await makeUser(ctx.deps, 'community_worker', community().id);
    const consoleCookie = cookieShape(
      await post('/api/auth/login', { username: staff.username, password: TEST_PASSWORD }),
    );
    expect(consoleCookie).toMatchObject({ path: '/', httpOnly: true, sameSite: 'Lax', maxAge: 12 * 60 * 60 });
    const r = await portalResident(ctx.deps, community().id);
    expect(cookieShape(await post('/api/portal/auth/password', { phone: r.phone, password: TEST_PASSWORD }))).toEqual(
      consoleCookie,
    );
    await plantCode(ctx.deps, r.phone, '580214');
    expect(cookieShape(await post('/api/portal/auth/code/verify', { phone: r.phone, code: '580214' }))).toEqual(
      consoleCookie,
    );
  });

  it("one address allowance for both doors: the console's failures use up the portal's attempts, and back", async () => {
    const ip = freshIp();
    for (let i = 0; i < IP_MAX_ATTEMPTS; i++) {
      const res =
        i % 2 === 0
          ? await post('/api/auth/login', { username: `nobody-${i}`, password: 'x' }, ip)
          : await post('/api/portal/auth/password', { phone: freshPhone(), password: 'x' }, ip);
      expect(res.statusCode).toBe(401);
    }
    const r = await portalResident(ctx.deps, community().id);
    const staff = await makeUser(ctx.deps, 'community_worker', community().id);
    expect((await post('/api/portal/auth/password', { phone: r.phone, password: TEST_PASSWORD }, ip)).statusCode).toBe(
      429,
    );
    expect((await post('/api/auth/login', { username: staff.username, password: TEST_PASSWORD }, ip)).statusCode).toBe(
      429,
    );
  });

  it("a failed portal sign-in is audited like the console's: the account's own role, and the lock marked", async () => {
    const member = await makeUser(ctx.deps, 'party_member', community().id);
    const phone = freshPhone();
    await setPortalPhone(ctx.deps, systemActor(), member.id, phone);
    for (let i = 0; i <= ACCOUNT_FREE_FAILURES; i++)
      expect((await post('/api/portal/auth/password', { phone, password: 'wrong-password' })).statusCode).toBe(401);
    const staff = await makeUser(ctx.deps, 'community_worker', community().id);
    for (let i = 0; i <= ACCOUNT_FREE_FAILURES; i++)
      expect((await post('/api/auth/login', { username: staff.username, password: 'wrong-password' })).statusCode).toBe(
        401,
      );
    const portal = await auditOf('auth.portal.login', member.id);
    const consoleAudit = await auditOf('auth.login', staff.id);
    const shape = (rows: typeof portal) =>
      rows.map((a) => ({
        result: a.result,
        role: a.actor_role,
        locked: Boolean(JSON.parse(a.changes ?? '{}').locked),
      }));
    const expected = (role: string) =>
      Array.from({ length: ACCOUNT_FREE_FAILURES + 1 }, (_, i) => ({
        result: 'failure',
        role,
        locked: i === ACCOUNT_FREE_FAILURES,
      }));
    expect(shape(portal)).toEqual(expected('party_member'));
    expect(shape(consoleAudit)).toEqual(expected('community_worker'));
  });

  it('a sign-in with a one-time password set by an administrator is audited as the first sign-in on either door', async () => {
    const r = await portalResident(ctx.deps, community().id);
    const staff = await makeUser(ctx.deps, 'community_worker', community().id);
    await ctx.deps.db
      .updateTable('users')
      .set({ must_change_password: 1 })
      .where('id', 'in', [r.userId, staff.id])
      .execute();
    expect((await post('/api/portal/auth/password', { phone: r.phone, password: TEST_PASSWORD })).statusCode).toBe(200);
    expect((await post('/api/auth/login', { username: staff.username, password: TEST_PASSWORD })).statusCode).toBe(200);
    expect(await auditOf('auth.first_sign_in', r.userId)).toHaveLength(1);
    expect(await auditOf('auth.first_sign_in', staff.id)).toHaveLength(1);
  });

  it('every attempt above was counted in throttle_counters only: the older rate-limit tables stay empty', async () => {
    expect(
      Number(
        (
          await ctx.deps.db
            .selectFrom('throttle_counters')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(0);
    for (const table of ['login_attempts', 'rate_events']) {
      const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
        ctx.deps.db,
      );
      expect(Number(rows[0].n), table).toBe(0);
    }
  });
});
