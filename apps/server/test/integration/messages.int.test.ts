import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageListView, MessagePreferencesView, OutboxListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser } from '../sessions.ts';
import { notice, robotOf, send } from '../messages-support.ts';
import { PHONE_FIELD } from '../../src/features/messages/sealed-fields.ts';
import { notifyMany } from '../../src/features/messages/messages.service.ts';

/**
 * In-app messages, the choice of channels and `notify`: one message per person and event, SMS rows only for those
 * who chose SMS for the kind and gave a number, robot rows only for the enabled robots of the named unit that chose
 * the kind, duplicates ignored; each user reads only their own, in their language.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('messages: notify, the message centre, preferences', () => {
  let ctx: Ctx;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });
  const community = () => fx.subdistricts[0].communities[0];
  const rowsOf = (table: 'messages' | 'outbound_messages', dedupeKey: string) =>
    ctx.deps.db.selectFrom(table).selectAll().where('dedupe_key', '=', dedupeKey).execute();

  it('writes one in-app message per user and ignores the same event sent again', async () => {
    const a = await makeUser(ctx.deps, 'grid_worker', community().grids[0].id);
    const b = await makeUser(ctx.deps, 'community_secretary', community().id);
    const n = notice({ users: [a.id, b.id, a.id] });
    expect(await send(ctx.deps, n)).toEqual({ messages: 2, sms: 0, robots: 0 });
    await send(ctx.deps, n);
    await send(ctx.deps, { ...n, title: { zh: '又一次', en: 'Again' } });
    const rows = await rowsOf('messages', n.dedupeKey);
    expect(rows.map((r) => r.user_id).sort()).toEqual([a.id, b.id].sort());
    expect(rows.every((r) => r.title_zh === '案件即将超时' && r.read_at === null)).toBe(true);
    // another event of the same kind is another message
    await send(ctx.deps, notice({ users: [a.id] }));
    expect(await ctx.deps.db.selectFrom('messages').select('id').where('user_id', '=', a.id).execute()).toHaveLength(2);
  });

  it('rolls the message back with the work when the caller’s transaction fails', async () => {
    const a = await makeUser(ctx.deps, 'grid_worker', community().grids[0].id);
    const n = notice({ users: [a.id] });
    await expect(
      ctx.deps.db.transaction().execute(async (trx) => {
        const { notify } = await import('../../src/features/messages/messages.service.ts');
        await notify(trx, ctx.deps, n, new Date().toISOString());
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await rowsOf('messages', n.dedupeKey)).toEqual([]);
  });

  it('queues SMS only for users who chose SMS for the kind and gave a number, and robots only of that unit and kind', async () => {
    const chose = await clientFor(ctx.app, ctx.deps, 'grid_worker', community().grids[0].id);
    const otherKind = await clientFor(ctx.app, ctx.deps, 'grid_worker', community().grids[0].id);
    const noPhone = await clientFor(ctx.app, ctx.deps, 'grid_worker', community().grids[0].id);
    const quiet = { start: '21:00', end: '08:00' };
    for (const [c, body] of [
      [chose, { smsKinds: ['grid.case-warning'], quietHours: quiet, phone: '13900001111' }],
      [otherKind, { smsKinds: ['grid.cutoff-reminder'], quietHours: quiet, phone: '13900002222' }],
      [noPhone, { smsKinds: ['grid.case-warning'], quietHours: quiet }],
    ] as const)
      expect((await c.request('PUT', '/api/messages/preferences', body)).statusCode).toBe(200);
    const mine = await robotOf(ctx.deps, community().id, ['grid.case-warning']);
    await robotOf(ctx.deps, community().id, ['grid.cutoff-reminder']);
    await robotOf(ctx.deps, fx.subdistricts[0].communities[1].id, ['grid.case-warning']);
    await robotOf(ctx.deps, fx.subdistricts[0].id, ['grid.case-warning']);
    const off = await robotOf(ctx.deps, community().id, ['grid.case-warning']);
    await ctx.deps.db.updateTable('robots').set({ enabled: 0 }).where('id', '=', off.id).execute();

    const n = notice({
      users: [chose.userId, otherKind.userId, noPhone.userId],
      unitId: community().id,
      group: { title: '案件预警', lines: ['1件案件即将超时'] },
      sms: { templateCode: 'SMS_001', params: { count: '1' } },
    });
    expect(await send(ctx.deps, n)).toEqual({ messages: 3, sms: 1, robots: 1 });
    await send(ctx.deps, n);
    const out = await rowsOf('outbound_messages', n.dedupeKey);
    expect(out.map((o) => `${o.channel}:${o.target_id}`).sort()).toEqual([`sms:${chose.userId}`, `wecom:${mine.id}`]);
    const group = JSON.parse(out.find((o) => o.channel === 'wecom')?.payload ?? '{}');
    expect(group).toEqual({
      title: '案件预警',
      lines: ['1件案件即将超时'],
      link: `${ctx.deps.config.publicBaseUrl}/grid/cases`,
    });
    expect(JSON.parse(out.find((o) => o.channel === 'sms')?.payload ?? '{}')).toEqual({
      templateCode: 'SMS_001',
      params: { count: '1' },
    });
    expect(out.every((o) => o.status === 'pending' && o.attempts === 0)).toBe(true);
    expect(JSON.stringify(out)).not.toContain('13900001111');
  });

  it('sends nothing to a group for kinds that stay in the app, and refuses personal numbers in a group message', async () => {
    await robotOf(ctx.deps, community().id, ['grid.case-warning']);
    const inApp = notice({
      kind: 'integrity.complaint-new',
      unitId: community().id,
      group: { title: '新信访', lines: [] },
    });
    expect(await send(ctx.deps, inApp)).toEqual({ messages: 0, sms: 0, robots: 0 });
    const leaky = notice({ unitId: community().id, group: { title: '案件预警', lines: ['当事人电话 13912345678'] } });
    await expect(send(ctx.deps, leaky)).rejects.toThrow(/personal number/);
    await expect(send(ctx.deps, notice({ kind: 'nobody.knows' as never }))).rejects.toThrow(/unknown message kind/);
  });

  it('writes a whole round of notices at once, as one call each would', async () => {
    const [g0, g1] = community().grids;
    const users = [await makeUser(ctx.deps, 'grid_worker', g0.id), await makeUser(ctx.deps, 'grid_worker', g1.id)];
    const robot = await robotOf(ctx.deps, fx.subdistricts[1].communities[0].id, ['grid.cutoff-reminder']);
    const round = users.map((u, i) =>
      notice({
        kind: 'grid.cutoff-reminder',
        dedupeKey: `${[g0.id, g1.id][i]}:2026-12-07`,
        users: [u.id],
        unitId: fx.subdistricts[1].communities[0].id,
        group: { title: '日报提醒', lines: [`网格 ${i + 1} 未报`] },
      }),
    );
    const result = await ctx.deps.db
      .transaction()
      .execute((trx) => notifyMany(trx, ctx.deps, [...round, round[0]], new Date().toISOString()));
    expect(result).toEqual({ messages: 3, sms: 0, robots: 3 });
    for (const [i, n] of round.entries()) {
      expect((await rowsOf('messages', n.dedupeKey)).map((m) => m.user_id)).toEqual([users[i].id]);
      expect((await rowsOf('outbound_messages', n.dedupeKey)).map((o) => o.target_id)).toEqual([robot.id]);
    }
  });

  it('lists the reader’s own messages newest first, in their language, with the unread count', async () => {
    const reader = await clientFor(ctx.app, ctx.deps, 'community_worker', community().id);
    const other = await makeUser(ctx.deps, 'community_worker', community().id);
    await send(ctx.deps, notice({ users: [reader.userId] }), '2026-12-07T01:00:00.000Z');
    await send(
      ctx.deps,
      notice({ users: [reader.userId, other.id], title: { zh: '新的', en: 'Newer' } }),
      '2026-12-07T02:00:00.000Z',
    );
    const zh = readJson<MessageListView>(await reader.get('/api/messages'));
    expect(zh.items.map((m) => m.title)).toEqual(['新的', '案件即将超时']);
    expect({ total: zh.total, unread: zh.unread }).toEqual({ total: 2, unread: 2 });
    const en = readJson<MessageListView>(
      await reader.request('GET', '/api/messages', undefined, { 'accept-language': 'en-US' }),
    );
    expect(en.items.map((m) => [m.title, m.body])).toEqual([
      ['Newer', 'Case A-1 runs late at 17:00 today'],
      ['A case is about to run late', 'Case A-1 runs late at 17:00 today'],
    ]);

    const [newest, oldest] = zh.items;
    expect(readJson(await reader.post(`/api/messages/${oldest.id}/read`))).toEqual({ unread: 1 });
    expect(readJson(await reader.post(`/api/messages/${oldest.id}/read`))).toEqual({ unread: 1 });
    const unread = readJson<MessageListView>(await reader.get('/api/messages?unread=1'));
    expect(unread.items.map((m) => m.id)).toEqual([newest.id]);
    // another user's message does not exist for the reader
    const theirs = await ctx.deps.db
      .selectFrom('messages')
      .select('id')
      .where('user_id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect((await reader.post(`/api/messages/${theirs.id}/read`)).statusCode).toBe(404);
    expect(readJson(await reader.post('/api/messages/read-all'))).toEqual({ unread: 0 });
    expect(readJson(await reader.get('/api/messages/unread-count'))).toEqual({ unread: 0 });
    const theirsAfter = await ctx.deps.db
      .selectFrom('messages')
      .select('read_at')
      .where('id', '=', theirs.id)
      .executeTakeFirstOrThrow();
    expect(theirsAfter.read_at).toBeNull();
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', reader.userId)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['message.read', 'message.read', 'message.read-all']);
  });

  it('keeps each user’s preferences: defaults, SMS kinds, quiet hours, the number sealed and shown masked', async () => {
    const user = await clientFor(ctx.app, ctx.deps, 'grid_worker', community().grids[0].id);
    const first = readJson<MessagePreferencesView>(await user.get('/api/messages/preferences'));
    expect(first).toMatchObject({ smsKinds: [], quietHours: { start: '21:00', end: '08:00' }, phone: null });
    expect(first.kinds.find((k) => k.kind === 'integrity.alert-new')).toEqual({
      kind: 'integrity.alert-new',
      sms: false,
    });

    const put = (body: unknown) => user.request('PUT', '/api/messages/preferences', body);
    const saved = readJson<MessagePreferencesView>(
      await put({
        smsKinds: ['grid.cutoff-reminder'],
        quietHours: { start: '22:30', end: '07:00' },
        phone: '13812345678',
      }),
    );
    expect(saved).toMatchObject({
      smsKinds: ['grid.cutoff-reminder'],
      quietHours: { start: '22:30', end: '07:00' },
      phone: '138****5678',
    });
    const raw = await ctx.deps.db
      .selectFrom('message_preferences')
      .selectAll()
      .where('user_id', '=', user.userId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain('13812345678');
    expect(ctx.deps.cipher.decrypt(PHONE_FIELD, raw.phone_enc ?? '')).toBe('13812345678');
    // absent keeps the number, null removes it
    expect(
      readJson<MessagePreferencesView>(await put({ smsKinds: [], quietHours: { start: '21:00', end: '08:00' } })).phone,
    ).toBe('138****5678');
    expect(
      readJson<MessagePreferencesView>(
        await put({ smsKinds: [], quietHours: { start: '21:00', end: '08:00' }, phone: null }),
      ).phone,
    ).toBeNull();
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('changes')
      .where('actor_id', '=', user.userId)
      .execute();
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('13812345678');

    for (const [body, text] of [
      [{ smsKinds: ['integrity.alert-new'], quietHours: { start: '21:00', end: '08:00' } }, '不能经此渠道发送'],
      [{ smsKinds: [], quietHours: { start: '25:00', end: '08:00' } }, '时:分'],
      [{ smsKinds: [], quietHours: { start: '21:00', end: '08:00' }, phone: '12345' }, '手机号码无效'],
    ] as const) {
      const res = await put(body);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(text);
    }
  });

  it('shows the outbox to the security administrator with targets masked, paged and filtered', async () => {
    const admin = await clientFor(ctx.app, ctx.deps, 'security_admin', fx.subdistricts[0].id);
    const all = readJson<OutboxListView>(await admin.get('/api/outbox?pageSize=200'));
    expect(all.total).toBeGreaterThan(0);
    const sms = readJson<OutboxListView>(await admin.get('/api/outbox?channel=sms'));
    expect(sms.items.length).toBeGreaterThan(0);
    expect(sms.items.every((o) => o.channel === 'sms' && /^1\d\d\*{4}\d{4}$|^—$/.test(o.target))).toBe(true);
    const robots = all.items.filter((o) => o.channel === 'wecom');
    expect(robots.every((o) => o.target === '社区工作群' && o.status === 'pending')).toBe(true);
    const body = JSON.stringify(all);
    expect(body).not.toMatch(/qyapi|13900001111|payload/);
    expect(readJson<OutboxListView>(await admin.get('/api/outbox?status=sent')).total).toBe(0);
  });
});
