import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { smsProviderOf } from './sms.ts';

describe('the SMS channel from configuration', () => {
  it('logs by default, with the phone masked, and accepts', async () => {
    const lines: string[] = [];
    const provider = smsProviderOf(loadConfig({}), { log: (l) => lines.push(l) });
    expect(provider.name).toBe('log');
    const result = await provider.send({ phone: '13812345678', templateCode: 'SMS_1', params: { count: '3' } });
    expect(result).toEqual({ ok: true });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('138****5678');
    expect(lines[0]).not.toContain('13812345678');
    expect(lines[0]).toContain('SMS_1');
  });

  it('selects Aliyun when configured with its key pair and signature', () => {
    const config = loadConfig({
      JISHI_SMS: 'aliyun',
      JISHI_SMS_ALIYUN_KEY_ID: 'LTAI-x',
      JISHI_SMS_ALIYUN_KEY_SECRET: 'secret',
      JISHI_SMS_SIGN_NAME: '建外街道',
    });
    expect(config.sms).toEqual({
      provider: 'aliyun',
      endpoint: 'https://dysmsapi.aliyuncs.com/',
      accessKeyId: 'LTAI-x',
      accessKeySecret: 'secret',
      signName: '建外街道',
    });
    expect(smsProviderOf(config).name).toBe('aliyun');
  });

  it('refuses to start with JISHI_SMS=aliyun and no key, naming what is missing', () => {
    expect(() => loadConfig({ JISHI_SMS: 'aliyun' })).toThrow(
      /JISHI_SMS_ALIYUN_KEY_ID: required[\s\S]*JISHI_SMS_ALIYUN_KEY_SECRET: required[\s\S]*JISHI_SMS_SIGN_NAME/,
    );
    expect(() =>
      loadConfig({
        JISHI_SMS: 'aliyun',
        JISHI_SMS_ALIYUN_KEY_ID: 'id',
        JISHI_SMS_SIGN_NAME: 's',
        JISHI_SMS_ALIYUN_KEY_SECRET: ' ',
      }),
    ).toThrow(/JISHI_SMS_ALIYUN_KEY_SECRET: required/);
    expect(() => loadConfig({ JISHI_SMS: 'tencent' })).toThrow(/JISHI_SMS/);
    expect(() => loadConfig({ JISHI_SMS: 'aliyun', JISHI_SMS_ALIYUN_ENDPOINT: 'ftp://x' })).toThrow(
      /JISHI_SMS_ALIYUN_ENDPOINT/,
    );
  });
});
