import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dingTalkResult, dingTalkSign, dingTalkUrl } from './dingtalk.ts';
import { weComResult } from './wecom.ts';

describe('DingTalk signing (加签)', () => {
  it('matches HMAC-SHA256 computed by openssl over "timestamp\\nsecret"', () => {
    const secret = 'SECd2f5a3c9e8b7a6f5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e6';
    const timestamp = 1_765_000_000_123;
    const expected = execFileSync(
      'sh',
      ['-c', 'printf "%s\\n%s" "$TS" "$SECRET" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64'],
      { env: { ...process.env, TS: String(timestamp), SECRET: secret }, encoding: 'utf8' },
    ).trim();
    expect(dingTalkSign(secret, timestamp)).toBe(expected);
  });

  it('adds timestamp and the URL-encoded sign to the webhook, and nothing when the robot is unsigned', () => {
    const webhook = 'https://oapi.dingtalk.com/robot/send?access_token=abc';
    const now = new Date(1_765_000_000_123);
    const url = new URL(dingTalkUrl(webhook, 'SECx', now));
    expect(url.searchParams.get('access_token')).toBe('abc');
    expect(url.searchParams.get('timestamp')).toBe('1765000000123');
    expect(url.searchParams.get('sign')).toBe(dingTalkSign('SECx', 1_765_000_000_123));
    expect(url.search).not.toMatch(/sign=[^&]*[+/=]/); // base64's + / = are percent-encoded in the query
    expect(dingTalkUrl(webhook, null, now)).toBe(webhook);
  });
});

describe('robot answers', () => {
  it('WeCom: 0 ok; 45009 a minute later; -1 again; an invalid key and anything else not', () => {
    expect(weComResult(0, 'ok')).toEqual({ ok: true });
    expect(weComResult(45009, 'api freq out of limit')).toMatchObject({
      ok: false,
      retryable: true,
      retryAfterMs: 60_000,
    });
    expect(weComResult(-1, 'system busy')).toMatchObject({ ok: false, retryable: true });
    expect(weComResult(93000, 'invalid webhook url')).toMatchObject({ ok: false, retryable: false });
    expect(weComResult(40058, 'too long')).toMatchObject({ ok: false, retryable: false });
  });

  it('DingTalk: 0 ok; 130101 a minute later; 310000 (sign, keyword, IP) not', () => {
    expect(dingTalkResult(0, 'ok')).toEqual({ ok: true });
    expect(dingTalkResult(130101, 'send too fast')).toMatchObject({ ok: false, retryable: true, retryAfterMs: 60_000 });
    expect(dingTalkResult(310000, 'sign not match')).toMatchObject({ ok: false, retryable: false });
    expect(dingTalkResult(300001, 'token is not exist')).toMatchObject({ ok: false, retryable: false });
  });
});
