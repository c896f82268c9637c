import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { SmsProvider } from '../../src/platform/outbound/channel.ts';
import { smsProviderOf } from '../../src/platform/outbound/sms.ts';
import { type AliyunSmsStandIn, startAliyunSmsStandIn } from '../stand-ins/aliyun-sms.ts';

/**
 * The Aliyun SMS adapter, configured as a deployment would be (JISHI_SMS=aliyun), against a local stand-in that
 * recomputes each request's signature on its own, checks the timestamp and nonce, and answers as dysmsapi does.
 */
describe('Aliyun SMS', () => {
  let aliyun: AliyunSmsStandIn;
  let clock = Date.parse('2026-12-07T08:00:00Z');
  const now = () => new Date(clock);
  const providerWith = (secret: string, timeoutMs?: number): SmsProvider =>
    smsProviderOf(
      loadConfig({
        JISHI_SMS: 'aliyun',
        JISHI_SMS_ALIYUN_ENDPOINT: aliyun.settings.endpoint,
        JISHI_SMS_ALIYUN_KEY_ID: aliyun.settings.accessKeyId,
        JISHI_SMS_ALIYUN_KEY_SECRET: secret,
        JISHI_SMS_SIGN_NAME: aliyun.settings.signName,
      }),
      { now, timeoutMs },
    );
  let sms: SmsProvider;
  beforeAll(async () => {
    aliyun = await startAliyunSmsStandIn({ now: () => clock, templates: ['SMS_465000001'] });
    sms = providerWith(aliyun.settings.accessKeySecret);
  });
  afterAll(() => aliyun.close());
  let phone = 13800138000;
  const next = (templateCode = 'SMS_465000001') => ({
    phone: String(++phone),
    templateCode,
    params: { grid: '建外一网格', time: '17:00' },
  });

  it('sends a signed SendSms request that the stand-in verifies, and keeps the BizId', async () => {
    const m = next();
    const result = await sms.send(m);
    expect(result).toEqual({ ok: true, providerId: '000001^0' });
    expect(aliyun.delivered.at(-1)).toEqual({ ...m, bizId: '000001^0' });
    const last = aliyun.received.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.contentType).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(last.rawBody);
    expect(form.get('SignName')).toBe(aliyun.settings.signName);
    expect(form.get('TemplateParam')).toBe(JSON.stringify(m.params));
  });

  it('a wrong secret is SignatureDoesNotMatch: not retryable', async () => {
    expect(await providerWith('not-the-secret').send(next())).toMatchObject({
      ok: false,
      retryable: false,
      error: /SignatureDoesNotMatch/,
    });
  });

  it('a template that is not approved is not retryable', async () => {
    expect(await sms.send(next('SMS_999'))).toMatchObject({ retryable: false, error: /isv\.SMS_TEMPLATE_ILLEGAL/ });
  });

  it('a second message to one number within the minute hits the rate limit: retryable later; a minute later it passes', async () => {
    const m = next();
    expect(await sms.send(m)).toMatchObject({ ok: true });
    expect(await sms.send(m)).toMatchObject({
      ok: false,
      retryable: true,
      retryAfterMs: 60_000,
      error: /isv\.BUSINESS_LIMIT_CONTROL/,
    });
    clock += 60_000;
    expect(await sms.send(m)).toMatchObject({ ok: true });
  });

  it('HTTP 5xx, no answer and a provider fault are retryable', async () => {
    aliyun.failNext(1, { status: 500 });
    expect(await sms.send(next())).toEqual({ ok: false, retryable: true, error: 'HTTP 500' });
    aliyun.failNext(1, 'timeout');
    expect(await providerWith(aliyun.settings.accessKeySecret, 300).send(next())).toMatchObject({
      retryable: true,
      error: /no answer/,
    });
    aliyun.failNext(1, { error: 'isp.SYSTEM_ERROR', message: 'system error' });
    expect(await sms.send(next())).toMatchObject({ ok: false, retryable: true });
  });

  it('a request dated more than 15 minutes off is refused by the stand-in (not retryable as sent)', async () => {
    const late = smsProviderOf(
      { sms: { provider: 'aliyun', ...aliyun.settings } },
      { now: () => new Date(clock - 16 * 60_000) },
    );
    expect(await late.send(next())).toMatchObject({ retryable: false, error: /InvalidTimeStamp/ });
  });
});
