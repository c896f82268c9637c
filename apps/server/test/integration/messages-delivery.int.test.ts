import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { newId } from '../../src/platform/ids.ts';
import { notice, send } from '../messages-support.ts';
import { fakeSenders, plainRobot } from '../delivery-support.ts';
import { testClock, twoNodes } from '../jobs-support.ts';
import { deliverDue } from '../../src/features/messages/delivery.ts';
import { deliveryJob } from '../../src/features/messages/deliver.job.ts';
import { createJobRunner } from '../../src/platform/jobs/job-runner.ts';
import type { Deps } from '../../src/deps.ts';
import type { GroupMessage } from '../../src/platform/outbound/channel.ts';

/**
 * Delivery of the outbox through a replaced sender map: sent with the provider's id; a retryable refusal backs off
 * (or waits the platform's Retry-After) and goes later; a final refusal fails at once; attempts run out; rows of one
 * kind for one robot go as one digest; a robot gets at most its rate a minute; SMS waits out quiet hours; two nodes
 * never send a row twice.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
const T0 = '2026-12-07T04:00:00.000Z'; // 12:00 in Shanghai
const at = (ms: number) => new Date(Date.parse(T0) + ms);

describe('outbox delivery', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  beforeEach(async () => {
    await ctx.deps.db.deleteFrom('outbound_messages').execute();
  });
  const rows = () =>
    ctx.deps.db.selectFrom('outbound_messages').selectAll().orderBy('created_at').orderBy('id').execute();
  const group = (title: string) => ({ title, lines: [`${title}：1件`] });
  const pass = (senders: ReturnType<typeof fakeSenders>, ms: number, extra = {}) =>
    deliverDue(ctx.deps, senders.map, { now: () => at(ms), ...extra });

  it('sends a due row once, with the provider id, through the job runner', async () => {
    const robot = await plainRobot(ctx.deps, 'u-ok', ['grid.case-warning']);
    await send(ctx.deps, notice({ unitId: 'u-ok', group: group('案件预警') }), T0);
    const senders = fakeSenders();
    const clock = testClock(T0);
    const job = deliveryJob(() => senders.map);
    await Promise.all([
      createJobRunner(ctx.deps, [job], { now: clock.now }).tick(),
      createJobRunner(ctx.deps, [job], { now: clock.now }).tick(),
    ]);
    expect(senders.calls).toHaveLength(1);
    expect(senders.calls[0].target).toEqual({ platform: 'wecom', webhookUrl: robot.url, secret: null });
    expect(senders.calls[0].message).toEqual({
      title: '案件预警',
      lines: ['案件预警：1件'],
      link: `${ctx.deps.config.publicBaseUrl}/grid/cases`,
    });
    expect(await rows()).toMatchObject([
      { status: 'sent', attempts: 1, provider_id: 'p-1', sent_at: T0, lease_owner: null, last_error: null },
    ]);
    await pass(senders, 60_000);
    expect(senders.calls).toHaveLength(1);
  });

  it('backs off after a retryable refusal (doubling, or the platform’s Retry-After) and sends later', async () => {
    await plainRobot(ctx.deps, 'u-retry', ['grid.case-warning']);
    await send(ctx.deps, notice({ unitId: 'u-retry', group: group('案件预警') }), T0);
    const senders = fakeSenders();
    senders.respond = () => ({ ok: false, retryable: true, error: 'HTTP 503' });
    await pass(senders, 0, { backoffMs: 30_000 });
    expect(await rows()).toMatchObject([
      { status: 'pending', attempts: 1, last_error: 'HTTP 503', next_attempt_at: at(30_000).toISOString() },
    ]);
    await pass(senders, 29_999, { backoffMs: 30_000 });
    expect(senders.calls).toHaveLength(1);
    senders.respond = () => ({ ok: false, retryable: true, error: 'rate limited', retryAfterMs: 300_000 });
    await pass(senders, 30_000, { backoffMs: 30_000 });
    // the second backoff would be 60 s; the platform asked for 5 minutes
    expect(await rows()).toMatchObject([
      { status: 'pending', attempts: 2, next_attempt_at: at(330_000).toISOString() },
    ]);
    senders.respond = () => ({ ok: true, providerId: 'msg-9' });
    await pass(senders, 330_000, { backoffMs: 30_000 });
    expect(senders.calls).toHaveLength(3);
    expect(await rows()).toMatchObject([{ status: 'sent', attempts: 3, provider_id: 'msg-9', last_error: null }]);
  });

  it('fails at once on a final refusal, and gives up after the last attempt', async () => {
    await plainRobot(ctx.deps, 'u-fail', ['grid.case-warning', 'grid.cutoff-reminder']);
    await send(ctx.deps, notice({ unitId: 'u-fail', group: group('案件预警') }), T0);
    const senders = fakeSenders();
    senders.respond = () => ({ ok: false, retryable: false, error: 'errcode 93000: invalid webhook url' });
    await pass(senders, 0);
    expect(await rows()).toMatchObject([
      { status: 'failed', attempts: 1, last_error: 'errcode 93000: invalid webhook url' },
    ]);

    await ctx.deps.db.deleteFrom('outbound_messages').execute();
    await send(ctx.deps, notice({ kind: 'grid.cutoff-reminder', unitId: 'u-fail', group: group('日报提醒') }), T0);
    senders.respond = () => ({ ok: false, retryable: true, error: 'timeout' });
    const opts = { maxAttempts: 3, backoffMs: 1000 };
    for (const ms of [0, 1000, 3000, 7000, 60_000]) await pass(senders, ms, opts);
    expect(senders.calls).toHaveLength(4);
    expect(await rows()).toMatchObject([{ status: 'failed', attempts: 3, last_error: 'timeout' }]);
  });

  it('sends several rows of one kind for one robot as one digest, marking them with one provider id', async () => {
    const robot = await plainRobot(ctx.deps, 'u-digest', ['grid.case-warning', 'grid.cutoff-reminder']);
    for (const t of ['案件A预警', '案件B预警', '案件C预警'])
      await send(ctx.deps, notice({ unitId: 'u-digest', group: group(t) }), T0);
    await send(ctx.deps, notice({ kind: 'grid.cutoff-reminder', unitId: 'u-digest', group: group('日报提醒') }), T0);
    const senders = fakeSenders();
    const summary = await pass(senders, 0);
    expect(summary).toMatchObject({ claimed: 4, requests: 2, sent: 4 });
    const [digest, single] = senders.calls.map((c) => c.message as GroupMessage);
    expect(digest.title).toBe('案件A预警等 3 条提醒');
    expect(digest.lines).toEqual([
      '· 案件A预警',
      '  案件A预警：1件',
      '· 案件B预警',
      '  案件B预警：1件',
      '· 案件C预警',
      '  案件C预警：1件',
    ]);
    expect(single.title).toBe('日报提醒');
    const out = await rows();
    const warned = out.filter((o) => o.kind === 'grid.case-warning');
    expect(new Set(warned.map((o) => `${o.status}/${o.provider_id}/${o.delivery_id}`)).size).toBe(1);
    expect(warned[0]).toMatchObject({ status: 'sent', provider_id: 'p-1', target_id: robot.id });
  });

  it('keeps a robot to its rate a minute, holding the rest without counting an attempt', async () => {
    await plainRobot(ctx.deps, 'u-rate', ['grid.case-warning', 'grid.cutoff-reminder', 'decisions.stage-due']);
    for (const kind of ['grid.case-warning', 'grid.cutoff-reminder', 'decisions.stage-due'] as const)
      await send(ctx.deps, notice({ kind, unitId: 'u-rate', group: group(kind) }), T0);
    const senders = fakeSenders();
    expect(await pass(senders, 0, { robotPerMinute: 2 })).toMatchObject({ requests: 2, held: 1 });
    const held = (await rows()).find((o) => o.status === 'pending');
    expect(held).toMatchObject({ kind: 'decisions.stage-due', attempts: 0, next_attempt_at: at(60_000).toISOString() });
    // still two sends within the last minute at +59 s: a new row waits too
    await send(ctx.deps, notice({ unitId: 'u-rate', group: group('案件D预警') }), at(59_000).toISOString());
    await pass(senders, 59_000, { robotPerMinute: 2 });
    expect(senders.calls).toHaveLength(2);
    expect(await pass(senders, 60_001, { robotPerMinute: 2 })).toMatchObject({ requests: 2, sent: 2 });
  });

  it('holds an SMS during the recipient’s quiet hours and sends it when they end, to the sealed number', async () => {
    const user = { id: newId() };
    await ctx.deps.db
      .insertInto('message_preferences')
      .values({
        user_id: user.id,
        sms_kinds: JSON.stringify(['grid.cutoff-reminder']),
        quiet_start: '21:00',
        quiet_end: '08:00',
        phone_enc: ctx.deps.cipher.encrypt('message_phone', '13700001234'),
        phone_mask: '137****1234',
        updated_at: T0,
      })
      .execute();
    const evening = '2026-12-07T14:00:00.000Z'; // 22:00 in Shanghai
    await send(
      ctx.deps,
      notice({
        kind: 'grid.cutoff-reminder',
        users: [user.id],
        sms: { templateCode: 'SMS_77', params: { time: '17:00' } },
      }),
      evening,
    );
    const senders = fakeSenders();
    const run = (iso: string) => deliverDue(ctx.deps, senders.map, { now: () => new Date(iso) });
    expect(await run(evening)).toMatchObject({ claimed: 1, held: 1, requests: 0 });
    expect(await rows()).toMatchObject([
      { status: 'pending', attempts: 0, next_attempt_at: '2026-12-08T00:00:00.000Z' },
    ]);
    await run('2026-12-07T23:59:00.000Z');
    expect(senders.calls).toEqual([]);
    await run('2026-12-08T00:00:00.000Z');
    expect(senders.calls).toEqual([
      {
        channel: 'sms',
        target: null,
        message: { phone: '13700001234', templateCode: 'SMS_77', params: { time: '17:00' } },
      },
    ]);
    expect(await rows()).toMatchObject([{ status: 'sent', attempts: 1 }]);
  });
});

describe('outbox delivery on two nodes', () => {
  it('never sends a row twice when two nodes deliver at the same time', async () => {
    const [a, b] = await twoNodes();
    const { deps } = await createTestContext();
    const nodeA = { ...deps, db: a.db, engine: a.engine } as Deps;
    const nodeB = { ...deps, db: b.db, engine: b.engine } as Deps;
    const kinds = ['grid.case-warning', 'grid.cutoff-reminder', 'decisions.stage-due'] as const;
    for (let i = 0; i < 8; i += 1) {
      await plainRobot(nodeA, `unit-${i}`, [...kinds]);
      for (const kind of kinds)
        await send(nodeA, notice({ kind, unitId: `unit-${i}`, group: { title: kind, lines: [] } }), T0);
    }
    const senders = fakeSenders(() => sleep(2));
    const clock = testClock(T0);
    const drain = async (node: Deps) => {
      for (let i = 0; i < 40; i += 1) await deliverDue(node, senders.map, { now: clock.now, batch: 3 });
    };
    await Promise.all([drain(nodeA), drain(nodeB)]);
    // and the job on both nodes' runners at the next minute: nothing is left to send twice
    clock.set(at(60_000).toISOString());
    const job = deliveryJob(() => senders.map);
    await Promise.all([
      createJobRunner(nodeA, [job], { now: clock.now, owner: 'node-a' }).tick(),
      createJobRunner(nodeB, [job], { now: clock.now, owner: 'node-b' }).tick(),
    ]);
    const out = await a.db.selectFrom('outbound_messages').selectAll().execute();
    expect(out).toHaveLength(24);
    expect(out.every((o) => o.status === 'sent' && o.attempts === 1)).toBe(true);
    const sentTo = senders.calls.map((c) => `${c.target?.webhookUrl}|${(c.message as GroupMessage).title}`);
    expect(sentTo).toHaveLength(24);
    expect(new Set(sentTo).size).toBe(24);
  });
});
