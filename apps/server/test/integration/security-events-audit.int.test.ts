import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, TEST_PASSWORD, type Client } from '../sessions.ts';
import { freshPhone, portalResident } from '../portal-support.ts';
import { recordAuditAlone } from '../../src/features/audit/audit.service.ts';

/**
 * Security events reach the audit page: sign-ins without an account, portal sign-ins and code requests,
 * exports, CSRF refusals and requests without a session. Records that belong to no unit are shown to
 * auditors of a top-level unit only.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Entry {
  action: string;
  ip: string | null;
  actorId: string | null;
  subjectId: string | null;
  result: string;
  changes: string | null;
}

describe('security events in the audit listing', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let auditor: Client;
  let communityAuditor: Client;
  let ipSeq = 0;
  const freshIp = () => `10.88.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    auditor = await clientFor(ctx.app, ctx.deps, 'audit_admin', fx.subdistricts[0].id);
    communityAuditor = await clientFor(ctx.app, ctx.deps, 'audit_admin', fx.subdistricts[0].communities[0].id);
  });

  const listed = async (who: Client, action: string): Promise<Entry[]> => {
    const res = await who.get(`/api/audit?action=${encodeURIComponent(action)}&pageSize=200`);
    expect(res.statusCode, res.body).toBe(200);
    return readJson<{ items: Entry[] }>(res).items;
  };
  const fromIp = async (who: Client, action: string, ip: string) =>
    (await listed(who, action)).filter((e) => e.ip === ip);

  it('a failed sign-in with an unknown user name is listed for the subdistrict auditor, not for a community auditor', async () => {
    const ip = freshIp();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'no-such-user', password: 'Wrong-password-1' },
      remoteAddress: ip,
    });
    expect(res.statusCode).toBe(401);
    const rows = await fromIp(auditor, 'auth.login', ip);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ result: 'failure', actorId: null });
    expect(await fromIp(communityAuditor, 'auth.login', ip)).toEqual([]);
  });

  it('portal sign-ins (success and failure) are listed, under the resident’s unit', async () => {
    const r = await portalResident(ctx.deps, fx.subdistricts[0].communities[0].id);
    const ip = freshIp();
    const post = (password: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/portal/auth/password',
        payload: { phone: r.phone, password },
        remoteAddress: ip,
      });
    expect((await post('Wrong-password-1')).statusCode).toBe(401);
    expect((await post(TEST_PASSWORD)).statusCode).toBe(200);
    const rows = await fromIp(auditor, 'auth.portal.login', ip);
    expect(rows.map((e) => e.result).sort()).toEqual(['failure', 'success']);
    // The resident belongs to the first community: its auditor sees them too.
    expect(await fromIp(communityAuditor, 'auth.portal.login', ip)).toHaveLength(2);
  });

  it('portal code requests are listed with the number masked and never the code', async () => {
    const spy = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      const r = await portalResident(ctx.deps, fx.subdistricts[0].communities[0].id);
      const unknown = freshPhone();
      const ip = freshIp();
      for (const phone of [r.phone, unknown]) {
        const res = await ctx.app.inject({
          method: 'POST',
          url: '/api/portal/auth/code',
          payload: { phone },
          remoteAddress: ip,
        });
        expect(res.statusCode).toBe(200);
      }
      const code = /code (\d{6})/.exec(spy.mock.calls.map((c) => String(c[0])).join('\n'))?.[1];
      expect(code).toMatch(/^\d{6}$/);
      const rows = await fromIp(auditor, 'auth.portal.code', ip);
      expect(rows).toHaveLength(2);
      const text = JSON.stringify(rows);
      expect(text).toContain(`${r.phone.slice(0, 3)}****${r.phone.slice(-4)}`);
      expect(text).toContain(`${unknown.slice(0, 3)}****${unknown.slice(-4)}`);
      expect(text).not.toContain(r.phone);
      expect(text).not.toContain(unknown);
      expect(text).not.toContain(String(code));
    } finally {
      spy.mockRestore();
    }
  });

  it('refused code requests (allowance used up) are listed too, once a minute per address', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 23; i++)
      statuses.push(
        (
          await ctx.app.inject({
            method: 'POST',
            url: '/api/portal/auth/code',
            payload: { phone: freshPhone() },
            remoteAddress: ip,
          })
        ).statusCode,
      );
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    const refused = (await fromIp(auditor, 'auth.portal.code', ip)).filter((e) => e.result === 'denied');
    expect(refused).toHaveLength(1);
  });

  it('indicator exports are listed for the auditors of the exported unit', async () => {
    const worker = await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id);
    const res = await worker.get('/api/indicators/export.xlsx');
    expect(res.statusCode).toBe(200);
    const rows = (await listed(auditor, 'indicator.export')).filter((e) => e.actorId === worker.userId);
    expect(rows).toHaveLength(1);
    // Recorded under the exported unit, so the community's own auditor sees it as well.
    const own = (await listed(communityAuditor, 'indicator.export')).filter((e) => e.actorId === worker.userId);
    expect(own).toHaveLength(1);
  });

  it('a CSRF refusal is listed for the auditor', async () => {
    const worker = await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id);
    const ip = freshIp();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: worker.cookie },
      remoteAddress: ip,
    });
    expect(res.statusCode).toBe(403);
    const rows = await fromIp(auditor, 'access.csrf', ip);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: worker.userId, result: 'denied', subjectId: 'POST /api/auth/logout' });
  });

  it('requests without a session are listed (one a minute per address), for the subdistrict auditor only', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++) {
      const res = await ctx.app.inject({ method: 'GET', url: '/api/residents', remoteAddress: ip });
      expect(res.statusCode).toBe(401);
    }
    const other = freshIp();
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/auth/session',
          remoteAddress: other,
          headers: { cookie: '__Host-jishi=forged' },
        })
      ).statusCode,
    ).toBe(401);
    const rows = await fromIp(auditor, 'access.unauthenticated', ip);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: null, result: 'denied', subjectId: 'GET /api/residents' });
    expect(await fromIp(auditor, 'access.unauthenticated', other)).toHaveLength(1);
    expect(await fromIp(communityAuditor, 'access.unauthenticated', ip)).toEqual([]);
    // The console's signed-out session check (no cookie at all) is how every visit starts: not recorded.
    const visitor = freshIp();
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/session', remoteAddress: visitor })).statusCode).toBe(
      401,
    );
    expect(await fromIp(auditor, 'access.unauthenticated', visitor)).toEqual([]);
  });

  it('any record without a unit (e.g. a resident lookup audited without one) is listed for the subdistrict auditor', async () => {
    const ip = freshIp();
    await recordAuditAlone(
      ctx.deps,
      { actorId: null, actorRole: null, ip, requestId: 'probe' },
      { action: 'resident.lookup', subjectType: 'resident', orgPath: null, result: 'denied' },
    );
    expect(await fromIp(auditor, 'resident.lookup', ip)).toHaveLength(1);
    expect(await fromIp(communityAuditor, 'resident.lookup', ip)).toEqual([]);
  });
});
