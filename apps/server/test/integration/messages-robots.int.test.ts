import { beforeAll, describe, expect, it } from 'vitest';
import type { RobotListView, RobotView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor } from '../sessions.ts';
import { dingtalkHook, notice, send, wecomHook } from '../messages-support.ts';
import { SECRET_FIELD, WEBHOOK_FIELD } from '../../src/features/messages/sealed-fields.ts';

/**
 * Group robots: registered by a community secretary for her community and by a subdistrict administrator across the
 * subdistrict, each seeing only the robots in their scope; the webhook and the DingTalk secret sealed at rest and
 * never returned (host and last four characters only); every write audited; a test post queued in the outbox.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
const SECRET = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';

describe('group robots', () => {
  let ctx: Ctx;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  const body = (unitId: string, over: Record<string, unknown> = {}) => ({
    unitId,
    platform: 'dingtalk',
    name: '网格工作群',
    webhookUrl: dingtalkHook(),
    secret: SECRET,
    kinds: ['grid.cutoff-reminder', 'grid.case-warning'],
    ...over,
  });

  it('seals the webhook and secret at rest and never returns them', async () => {
    const [c0] = fx.subdistricts[0].communities;
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0.id);
    const input = body(c0.id);
    const res = await secretary.post('/api/robots', input);
    expect(res.statusCode).toBe(200);
    const robot = readJson<RobotView>(res);
    expect(robot).toMatchObject({
      unitId: c0.id,
      platform: 'dingtalk',
      hasSecret: true,
      enabled: true,
      kinds: ['grid.case-warning', 'grid.cutoff-reminder'],
      webhookHint: `oapi.dingtalk.com …${input.webhookUrl.slice(-4)}`,
    });
    const token = input.webhookUrl.split('=')[1];
    const list = await secretary.get('/api/robots');
    for (const text of [res.body, list.body]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(SECRET);
    }
    const raw = await ctx.deps.db.selectFrom('robots').selectAll().where('id', '=', robot.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain(token);
    expect(JSON.stringify(raw)).not.toContain(SECRET);
    expect(ctx.deps.cipher.decrypt(WEBHOOK_FIELD, raw.webhook_url)).toBe(input.webhookUrl);
    expect(ctx.deps.cipher.decrypt(SECRET_FIELD, raw.secret ?? '')).toBe(SECRET);
    const audit = await ctx.deps.db.selectFrom('audit_log').selectAll().where('subject_id', '=', robot.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['robot.create']);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('scopes robots: a secretary her community only, an administrator the subdistrict', async () => {
    const s0 = fx.subdistricts[0];
    const [c0, c1] = s0.communities;
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0.id);
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0.id);
    const otherAdmin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[1].id);
    const ofC1 = readJson<RobotView>(
      await admin.post('/api/robots', body(c1.id, { platform: 'wecom', webhookUrl: wecomHook(), secret: null })),
    );
    const ofS0 = readJson<RobotView>(
      await admin.post('/api/robots', body(s0.id, { platform: 'wecom', webhookUrl: wecomHook(), secret: null })),
    );
    // the secretary cannot register on, see, change, test or remove another community's or the subdistrict's robot
    expect((await secretary.post('/api/robots', body(c1.id))).statusCode).toBe(404);
    expect((await secretary.post('/api/robots', body(s0.id))).statusCode).toBe(404);
    const seen = readJson<RobotListView>(await secretary.get('/api/robots'));
    expect(seen.items.every((r) => r.unitId === c0.id)).toBe(true);
    expect(seen.kinds).not.toContain('integrity.complaint-new');
    for (const id of [ofC1.id, ofS0.id]) {
      expect(
        (await secretary.request('PUT', `/api/robots/${id}`, { name: 'x群', kinds: [], enabled: true })).statusCode,
      ).toBe(404);
      expect((await secretary.delete(`/api/robots/${id}`)).statusCode).toBe(404);
      expect((await secretary.post(`/api/robots/${id}/test`)).statusCode).toBe(404);
    }
    const all = readJson<RobotListView>(await admin.get('/api/robots')).items.map((r) => r.id);
    expect(all).toEqual(expect.arrayContaining([ofC1.id, ofS0.id]));
    expect(readJson<RobotListView>(await otherAdmin.get('/api/robots')).items).toEqual([]);
    // a grid is not a place for a robot
    expect((await admin.post('/api/robots', body(c0.grids[0].id))).statusCode).toBe(400);
  });

  it('refuses webhooks of other hosts or platforms, a WeCom secret and kinds that stay in the app', async () => {
    const c0 = fx.subdistricts[0].communities[0];
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    for (const [over, text] of [
      [{ webhookUrl: 'https://evil.example.com/robot/send?access_token=abc' }, '须为企业微信或钉钉'],
      [{ platform: 'wecom', webhookUrl: dingtalkHook(), secret: null }, '须为企业微信或钉钉'],
      [{ platform: 'wecom', webhookUrl: wecomHook() }, '加签密钥'],
      [{ webhookUrl: 'not a url' }, 'Webhook 地址'],
      [{ kinds: ['integrity.alert-new'] }, '不能经此渠道发送'],
    ] as const) {
      const res = await admin.post('/api/robots', body(c0.id, over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.body).toContain(text);
    }
  });

  it('updates keeping or replacing the sealed values, queues a test post, and removes a robot failing what waited for it', async () => {
    const c0 = fx.subdistricts[0].communities[0];
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0.id);
    const robot = readJson<RobotView>(await secretary.post('/api/robots', body(c0.id)));
    const before = await ctx.deps.db
      .selectFrom('robots')
      .selectAll()
      .where('id', '=', robot.id)
      .executeTakeFirstOrThrow();
    const kept = readJson<RobotView>(
      await secretary.request('PUT', `/api/robots/${robot.id}`, {
        name: '新群名',
        kinds: ['grid.case-warning'],
        enabled: true,
      }),
    );
    expect(kept).toMatchObject({
      name: '新群名',
      kinds: ['grid.case-warning'],
      hasSecret: true,
      webhookHint: robot.webhookHint,
    });
    const after = await ctx.deps.db
      .selectFrom('robots')
      .selectAll()
      .where('id', '=', robot.id)
      .executeTakeFirstOrThrow();
    expect([after.webhook_url, after.secret]).toEqual([before.webhook_url, before.secret]);
    const hook = dingtalkHook();
    const replaced = readJson<RobotView>(
      await secretary.request('PUT', `/api/robots/${robot.id}`, {
        name: '新群名',
        webhookUrl: hook,
        secret: null,
        kinds: ['grid.case-warning'],
        enabled: true,
      }),
    );
    expect(replaced).toMatchObject({ hasSecret: false, webhookHint: `oapi.dingtalk.com …${hook.slice(-4)}` });

    expect((await secretary.post(`/api/robots/${robot.id}/test`)).statusCode).toBe(200);
    const test = await ctx.deps.db
      .selectFrom('outbound_messages')
      .selectAll()
      .where('target_id', '=', robot.id)
      .execute();
    expect(test).toMatchObject([{ kind: 'messages.test', channel: 'dingtalk', status: 'pending' }]);
    await send(ctx.deps, notice({ unitId: c0.id, group: { title: '案件预警', lines: [] } }));
    expect(
      await ctx.deps.db.selectFrom('outbound_messages').select('id').where('target_id', '=', robot.id).execute(),
    ).toHaveLength(2);

    expect((await secretary.delete(`/api/robots/${robot.id}`)).statusCode).toBe(200);
    expect(await ctx.deps.db.selectFrom('robots').select('id').where('id', '=', robot.id).execute()).toEqual([]);
    const left = await ctx.deps.db
      .selectFrom('outbound_messages')
      .selectAll()
      .where('target_id', '=', robot.id)
      .execute();
    expect(left.every((o) => o.status === 'failed' && o.last_error === 'robot removed')).toBe(true);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', robot.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'robot.create',
      'robot.update',
      'robot.update',
      'robot.test',
      'robot.delete',
    ]);
  });
});
