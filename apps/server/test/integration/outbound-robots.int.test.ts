import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupMessage, RobotTarget } from '../../src/platform/outbound/channel.ts';
import { sendRobot } from '../../src/platform/outbound/robot.ts';
import { type DingTalkStandIn, startDingTalkStandIn } from '../stand-ins/dingtalk.ts';
import { startWeComStandIn, type WeComStandIn } from '../stand-ins/wecom.ts';

/**
 * The robot adapters against local stand-ins that speak WeCom's and DingTalk's webhook protocols: delivery, each
 * failure class (refusal, rate limit, 5xx, no answer, no server) and what it comes to, DingTalk's signing window,
 * and the 4096-byte cut accepted by a server that refuses longer content. The stand-ins' clocks are set by the tests.
 */
const message: GroupMessage = {
  title: '截止前提醒',
  lines: ['3 个网格今日未报', '截止时间 17:00'],
  link: 'https://jishi.example/grid/today',
};
const SHORT_TIMEOUT_MS = 300;

describe('WeCom group robot', () => {
  let wecom: WeComStandIn;
  let clock = Date.parse('2026-12-07T08:00:00Z');
  beforeAll(async () => {
    wecom = await startWeComStandIn({ now: () => clock });
  });
  afterAll(() => wecom.close());
  const target = (webhookUrl: string): RobotTarget => ({ platform: 'wecom', webhookUrl, secret: null });

  it('posts the documented markdown message and is accepted', async () => {
    const result = await sendRobot(target(wecom.url), message);
    expect(result).toEqual({ ok: true });
    const last = wecom.received.at(-1)!;
    expect(last.method).toBe('POST');
    expect(JSON.parse(last.rawBody)).toEqual({
      msgtype: 'markdown',
      markdown: {
        content: '### 截止前提醒\n3 个网格今日未报\n截止时间 17:00\n[查看详情](https://jishi.example/grid/today)',
      },
    });
    expect(wecom.delivered.at(-1)!.content).toContain('截止前提醒');
  });

  it('a long message is cut to 4096 bytes and still accepted (the stand-in refuses longer content)', async () => {
    const long = { ...message, lines: Array.from({ length: 500 }, (_, i) => `第 ${i + 1} 个网格今日未报`) };
    expect(await sendRobot(target(wecom.robot()), long)).toEqual({ ok: true });
    const content = wecom.delivered.at(-1)!.content;
    expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(4096);
    expect(content).toMatch(/…\n\[查看详情\]\(https:\/\/jishi\.example\/grid\/today\)$/);
  });

  it('an unknown key (93000) is refused for good', async () => {
    const url = wecom.url.replace('standin-robot', 'revoked');
    expect(await sendRobot(target(url), message)).toMatchObject({ ok: false, retryable: false, error: /93000/ });
  });

  it('the 21st message in a minute gets 45009: retryable after a minute; other robots are not held; a minute later it passes', async () => {
    const busy = wecom.robot('busy');
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await sendRobot(target(busy), message));
    expect(results.slice(0, 20).every((r) => r.ok)).toBe(true);
    expect(results[20]).toMatchObject({ ok: false, retryable: true, retryAfterMs: 60_000, error: /45009/ });
    expect(await sendRobot(target(wecom.robot('quiet')), message)).toEqual({ ok: true });
    clock += 60_000;
    expect(await sendRobot(target(busy), message)).toEqual({ ok: true });
  });

  it('HTTP 5xx and an injected busy answer are retryable; a given errcode is read as WeCom documents it', async () => {
    wecom.failNext(1, { status: 502 });
    expect(await sendRobot(target(wecom.url), message)).toEqual({ ok: false, retryable: true, error: 'HTTP 502' });
    wecom.failNext(1, { error: 45009, message: 'api freq out of limit' });
    expect(await sendRobot(target(wecom.url), message)).toMatchObject({ retryable: true, retryAfterMs: 60_000 });
    wecom.failNext(1, { error: 93000, message: 'invalid webhook url' });
    expect(await sendRobot(target(wecom.url), message)).toMatchObject({ ok: false, retryable: false });
    expect(await sendRobot(target(wecom.url), message)).toEqual({ ok: true });
  });

  it('no answer within the timeout is retryable, and the error never shows the key', async () => {
    wecom.failNext(1, 'timeout');
    const result = await sendRobot(target(wecom.url), message, { timeoutMs: SHORT_TIMEOUT_MS });
    expect(result).toEqual({ ok: false, retryable: true, error: `no answer within ${SHORT_TIMEOUT_MS} ms` });
    expect(wecom.received.at(-1)!.outcome).toBe('timeout');
  });

  it('no server at the address is a retryable network error; a webhook that is no web address is not retryable', async () => {
    const gone = await startWeComStandIn();
    const url = gone.url;
    await gone.close();
    const result = await sendRobot(target(url), message);
    expect(result).toMatchObject({ ok: false, retryable: true, error: /^network error/ });
    expect(JSON.stringify(result)).not.toContain('standin-robot');
    expect(await sendRobot(target('file:///etc/passwd'), message)).toMatchObject({ retryable: false });
  });
});

describe('DingTalk custom robot', () => {
  let ding: DingTalkStandIn;
  let clock = Date.parse('2026-12-07T08:00:00Z');
  beforeAll(async () => {
    ding = await startDingTalkStandIn({ now: () => clock });
  });
  afterAll(() => ding.close());
  const target = (webhookUrl: string, secret: string | null): RobotTarget => ({
    platform: 'dingtalk',
    webhookUrl,
    secret,
  });
  const at = (ms: number) => ({ now: () => new Date(ms) });

  it('a signed robot accepts the markdown message with a fresh timestamp and sign', async () => {
    expect(await sendRobot(target(ding.url, ding.secret), message, at(clock))).toEqual({ ok: true });
    const last = ding.received.at(-1)!;
    expect(last.query.timestamp).toBe(String(clock));
    expect(JSON.parse(last.rawBody)).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: '截止前提醒',
        text: '### 截止前提醒\n\n3 个网格今日未报\n\n截止时间 17:00\n\n[查看详情](https://jishi.example/grid/today)',
      },
    });
    expect(ding.delivered.at(-1)!.title).toBe('截止前提醒');
  });

  it('refuses (310000, not retryable) a wrong secret, a missing sign and a sign more than an hour old', async () => {
    const wrong = await sendRobot(target(ding.url, 'SECwrong'), message, at(clock));
    expect(wrong).toMatchObject({ ok: false, retryable: false, error: /310000: sign not match/ });
    const unsigned = await sendRobot(target(ding.url, null), message, at(clock));
    expect(unsigned).toMatchObject({ retryable: false, error: /310000/ });
    const stale = await sendRobot(target(ding.url, ding.secret), message, at(clock - 3_600_001));
    expect(stale).toMatchObject({ retryable: false, error: /310000: invalid timestamp/ });
    expect(await sendRobot(target(ding.url, ding.secret), message, at(clock - 3_500_000))).toEqual({ ok: true });
  });

  it('an unsigned robot takes the message without timestamp or sign', async () => {
    const plain = ding.robot({ secret: null });
    expect(await sendRobot(target(plain.webhookUrl, null), message, at(clock))).toEqual({ ok: true });
    expect(ding.received.at(-1)!.query).not.toHaveProperty('sign');
  });

  it('over 20 a minute answers 130101: retryable after a minute; a minute later it passes', async () => {
    const busy = ding.robot();
    const send = () => sendRobot(target(busy.webhookUrl, busy.secret), message, at(clock));
    for (let i = 0; i < 20; i++) expect(await send()).toEqual({ ok: true });
    expect(await send()).toMatchObject({ ok: false, retryable: true, retryAfterMs: 60_000, error: /130101/ });
    clock += 60_000;
    expect(await send()).toEqual({ ok: true });
  });

  it('5xx and no answer are retryable', async () => {
    ding.failNext(1, { status: 503 });
    expect(await sendRobot(target(ding.url, ding.secret), message, at(clock))).toMatchObject({ retryable: true });
    ding.failNext(1, 'timeout');
    const result = await sendRobot(target(ding.url, ding.secret), message, {
      ...at(clock),
      timeoutMs: SHORT_TIMEOUT_MS,
    });
    expect(result).toMatchObject({ ok: false, retryable: true, error: /no answer/ });
  });
});
