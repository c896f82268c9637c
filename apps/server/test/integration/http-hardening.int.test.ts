import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser } from '../sessions.ts';
import { IP_MAX_ATTEMPTS } from '../../src/features/auth/throttle.ts';

/** Transport-level answers: HSTS with secure cookies, 415 for bodies that are not JSON, trusted proxy hops. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('HSTS and content types (secure cookies, the default)', () => {
  let ctx: Ctx;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  it('every response carries Strict-Transport-Security when cookies are secure', async () => {
    for (const url of ['/api/meta', '/api/auth/session', '/no-such-page']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('a JSON route answers text/plain and form-encoded bodies with 415 and a message about the format (zh-CN, en)', async () => {
    const admin = await clientFor(ctx.app, ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id);
    const cases = [
      { type: 'text/plain', payload: '{"username":"a","password":"b"}' },
      { type: 'text/plain; charset=utf-8', payload: 'username=a' },
      { type: 'application/x-www-form-urlencoded', payload: 'username=a&password=b' },
    ];
    for (const c of cases) {
      const zh = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: c.payload,
        headers: { 'content-type': c.type },
      });
      expect(zh.statusCode, c.type).toBe(415);
      expect(readJson<ErrorBody>(zh)).toEqual({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: '提交内容的格式不受支持，请以 JSON 格式提交（Content-Type: application/json）',
      });
      const en = await admin.request('POST', '/api/residents', c.payload, {
        'content-type': c.type,
        'accept-language': 'en',
      });
      expect(en.statusCode, c.type).toBe(415);
      const body = readJson<ErrorBody>(en);
      expect(body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(body.message).toMatch(/format .* does not accept; send it as JSON/);
      expect(en.body).not.toMatch(/FST_|Unsupported Media Type: /);
    }
  });

  it('a photo of a kind not taken still gets the photo message', async () => {
    const worker = await clientFor(ctx.app, ctx.deps, 'branch_secretary', fx.subdistricts[0].communities[0].id);
    const res = await worker.request('POST', '/api/party-life/photos', Buffer.from('GIF89a'), {
      'content-type': 'image/gif',
    });
    expect(res.statusCode).toBe(415);
    expect(readJson<ErrorBody>(res).code).toBe('UNSUPPORTED_FILE_TYPE');
  });
});

describe('behind one trusted proxy hop, without secure cookies', () => {
  let ctx: Ctx;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext({ TRUST_PROXY_HOPS: '1', COOKIE_SECURE: 'false' });
    fx = await buildFixture(ctx.deps);
  });

  it('no Strict-Transport-Security without secure cookies', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/meta' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('rotating the leftmost X-Forwarded-For values changes neither the limited address nor the audited one', async () => {
    const user = await makeUser(ctx.deps, 'community_worker', fx.subdistricts[0].communities[0].id);
    const client = '203.0.113.7';
    const attempt = (i: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: `Wrong-password-${i}` },
        remoteAddress: '10.9.0.1',
        headers: { 'x-forwarded-for': `198.51.100.${i % 250}, 192.0.2.${(i * 7) % 250}, ${client}` },
      });
    for (let i = 0; i < IP_MAX_ATTEMPTS; i++) expect((await attempt(i)).statusCode, `attempt ${i + 1}`).toBe(401);
    expect((await attempt(IP_MAX_ATTEMPTS)).statusCode).toBe(429);
    const ips = await ctx.deps.db
      .selectFrom('audit_log')
      .select('ip')
      .where('action', '=', 'auth.login')
      .where('subject_id', '=', user.id)
      .execute();
    expect(ips).toHaveLength(IP_MAX_ATTEMPTS);
    expect(new Set(ips.map((r) => r.ip))).toEqual(new Set([client]));
  });
});

describe('behind a listed proxy', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await createTestContext({ TRUST_PROXY: '10.9.0.0/24' });
  });

  const auditedIp = async (remoteAddress: string, forwarded: string) => {
    const username = `probe-${Math.random().toString(36).slice(2)}`;
    await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'x' },
      remoteAddress,
      headers: { 'x-forwarded-for': forwarded },
    });
    const rows = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['ip', 'changes'])
      .where('action', '=', 'auth.login')
      .execute();
    return rows.find((r) => r.changes?.includes(username))?.ip;
  };

  it('the listed proxy is believed for one hop; a client that is not a listed proxy is never believed', async () => {
    expect(await auditedIp('10.9.0.5', '1.2.3.4, 203.0.113.8')).toBe('203.0.113.8');
    expect(await auditedIp('198.51.100.9', '203.0.113.9')).toBe('198.51.100.9');
  });
});
