import { describe, expect, it } from 'vitest';
import { aliyunResult, sendSmsParams } from './aliyun-sms.ts';
import { canonicalizedQuery, percentEncode, rpcSignature, rpcTimestamp, stringToSign } from './aliyun-sign.ts';

/**
 * Alibaba Cloud's documented signing examples, values as published:
 * - the RPC signature documentation (DescribeRegions, AccessKey testid / testsecret), its string to sign and
 *   signature `OLeaidS1JvxuMvnyHOwuJ+uX5qY=`;
 * - the SMS API's "HTTP protocol and signature" page (SendSms, testId / testSecret, sign name 阿里云短信测试专用),
 *   signature `zJDF+Lrzhj/ThnlvIToysFRq6t4=` (URL-encoded there as zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D).
 * Both examples are GET requests; the adapter signs POST with the same function.
 */
describe('Aliyun RPC signing', () => {
  it('reproduces the documented DescribeRegions example: string to sign and signature', () => {
    const params = {
      Timestamp: '2016-02-23T12:46:24Z',
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0',
    };
    expect(stringToSign('GET', params)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
        '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0' +
        '%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(rpcSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('reproduces the documented SendSms example, Chinese sign name and JSON parameter included', () => {
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(canonicalizedQuery(params)).toContain(
      'SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8',
    );
    expect(canonicalizedQuery(params)).toContain('TemplateParam=%7B%22customer%22%3A%22test%22%7D');
    expect(rpcSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
    expect(rpcSignature('GET', { ...params, Signature: 'ignored' }, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('percent-encodes everything but A–Z a–z 0–9 - _ . ~ (a space as %20, never +)', () => {
    expect(percentEncode("a b*c~d!e'f(g)h+i/j")).toBe('a%20b%2Ac~d%21e%27f%28g%29h%2Bi%2Fj');
    expect(percentEncode('-_.~AZaz09')).toBe('-_.~AZaz09');
    expect(rpcTimestamp(new Date('2026-12-07T08:30:00.789Z'))).toBe('2026-12-07T08:30:00Z');
  });

  it('builds the SendSms parameters: approved sign name, template code, parameters as JSON', () => {
    const settings = {
      endpoint: 'https://dysmsapi.aliyuncs.com/',
      accessKeyId: 'id',
      accessKeySecret: 's',
      signName: '建外街道',
    };
    const params = sendSmsParams(
      settings,
      { phone: '13800138000', templateCode: 'SMS_1', params: { grid: '3' } },
      new Date('2026-12-07T08:30:00Z'),
      'n-1',
    );
    expect(params).toMatchObject({
      Action: 'SendSms',
      Version: '2017-05-25',
      PhoneNumbers: '13800138000',
      SignName: '建外街道',
      TemplateCode: 'SMS_1',
      TemplateParam: '{"grid":"3"}',
      SignatureNonce: 'n-1',
      Timestamp: '2026-12-07T08:30:00Z',
    });
  });
});

describe('Aliyun SMS answers', () => {
  it('OK is accepted with its BizId; the rate limit and provider faults retry; the sender’s errors do not', () => {
    expect(aliyunResult(200, { Code: 'OK', Message: 'OK', BizId: '9^0' })).toEqual({ ok: true, providerId: '9^0' });
    expect(aliyunResult(200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控' })).toMatchObject({
      ok: false,
      retryable: true,
      retryAfterMs: 60_000,
    });
    expect(aliyunResult(400, { Code: 'Throttling.User' })).toMatchObject({ retryable: true });
    expect(aliyunResult(200, { Code: 'isp.SYSTEM_ERROR' })).toMatchObject({ retryable: true });
    for (const code of ['isv.SMS_TEMPLATE_ILLEGAL', 'isv.SMS_SIGNATURE_ILLEGAL', 'isv.MOBILE_NUMBER_ILLEGAL'])
      expect(aliyunResult(200, { Code: code })).toMatchObject({ ok: false, retryable: false });
    expect(aliyunResult(400, { Code: 'SignatureDoesNotMatch' })).toMatchObject({ retryable: false });
    expect(aliyunResult(403, null)).toMatchObject({ retryable: false });
    expect(aliyunResult(200, null)).toMatchObject({ retryable: true });
  });
});
