import { createHmac, randomUUID } from 'node:crypto';
import { type Answer, minuteWindow, type StandIn, startStandIn } from './stand-in-server.ts';

/**
 * A local stand-in for Aliyun SMS (阿里云短信服务, dysmsapi, `SendSms`, version 2017-05-25, RPC style). It checks a
 * request as the service does — the AccessKey id, the timestamp (within 15 minutes), the signature (recomputed here
 * independently of the adapter: HMAC-SHA1 over `METHOD&%2F&<encoded canonical query>` keyed with `secret&`), a
 * nonce used once — then the approved signature name, template, number and parameters, and a per-number rate limit.
 * Answers are `{ RequestId, Code, Message, BizId? }`: HTTP 200 with Code OK or `isv.*`; 4xx for request errors.
 */
export interface AliyunSmsStandIn extends StandIn<string> {
  /** The endpoint (JISHI_SMS_ALIYUN_ENDPOINT). */
  readonly url: string;
  /** The settings the adapter is given: the endpoint, the key pair the stand-in knows, the approved signature. */
  readonly settings: { endpoint: string; accessKeyId: string; accessKeySecret: string; signName: string };
  /** Every message accepted, in order. */
  readonly delivered: { phone: string; templateCode: string; params: Record<string, string>; bizId: string }[];
}

export interface AliyunSmsStandInOptions {
  now?: () => number;
  /** Approved template codes (any `SMS_<digits>` when absent). */
  templates?: readonly string[];
  /** Messages one number may receive per minute: 1, Aliyun's documented default per number and signature. */
  perPhonePerMinute?: number;
}

const FIFTEEN_MINUTES_MS = 15 * 60_000;

/** Percent-encoding byte by byte as documented: A–Z a–z 0–9 - _ . ~ literal, every other byte %XX. */
function encode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function expectedSignature(method: string, params: Record<string, string>, secret: string): string {
  const names = Object.keys(params).filter((n) => n !== 'Signature');
  names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const query = names.map((n) => `${encode(n)}=${encode(params[n])}`).join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`${method}&${encode('/')}&${encode(query)}`)
    .digest('base64');
}

export async function startAliyunSmsStandIn(opts: AliyunSmsStandInOptions = {}): Promise<AliyunSmsStandIn> {
  const accessKeyId = 'LTAI-standin';
  const accessKeySecret = 'standin-secret';
  const signName = '基石街道';
  const nonces = new Set<string>();
  const window = minuteWindow(opts.perPhonePerMinute ?? 1);
  const delivered: AliyunSmsStandIn['delivered'] = [];
  let bizIds = 0;
  const answer = (status: number, Code: string, Message: string, extra: object = {}): Answer => ({
    status,
    body: { RequestId: randomUUID().toUpperCase(), Code, Message, ...extra },
    accepted: Code === 'OK',
  });
  const refuse = (Code: string, Message: string) => answer(200, Code, Message);

  const base = await startStandIn<string>(
    {
      handle(request, now) {
        if (request.path !== '/' || (request.method !== 'POST' && request.method !== 'GET'))
          return answer(404, 'InvalidAction.NotFound', 'Specified api is not found');
        const p: Record<string, string> = {
          ...request.query,
          ...Object.fromEntries(new URLSearchParams(request.method === 'POST' ? request.rawBody : '')),
        };
        if (p.Action !== 'SendSms' || p.Version !== '2017-05-25')
          return answer(404, 'InvalidAction.NotFound', 'Specified api is not found');
        if (p.AccessKeyId !== accessKeyId)
          return answer(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
        if (p.SignatureMethod !== 'HMAC-SHA1' || p.SignatureVersion !== '1.0' || !p.Signature || !p.SignatureNonce)
          return answer(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
        const at = Date.parse(p.Timestamp ?? '');
        if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(p.Timestamp ?? '') || Math.abs(now - at) > FIFTEEN_MINUTES_MS)
          return answer(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
        if (p.Signature !== expectedSignature(request.method, p, accessKeySecret))
          return answer(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
        if (nonces.has(p.SignatureNonce))
          return answer(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
        nonces.add(p.SignatureNonce);
        if (p.SignName !== signName) return refuse('isv.SMS_SIGNATURE_ILLEGAL', '该账号下找不到对应签名');
        const template = p.TemplateCode ?? '';
        if (opts.templates ? !opts.templates.includes(template) : !/^SMS_\d+$/.test(template))
          return refuse('isv.SMS_TEMPLATE_ILLEGAL', '该账号下找不到对应模板');
        const phones = (p.PhoneNumbers ?? '').split(',');
        if (!phones.every((n) => /^1[3-9]\d{9}$/.test(n))) return refuse('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
        const params = templateParams(p.TemplateParam);
        if (!params) return refuse('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
        if (!phones.every((n) => window.take(n, now)))
          return refuse('isv.BUSINESS_LIMIT_CONTROL', '触发分钟级流控Permits:1');
        const bizId = `${String(++bizIds).padStart(6, '0')}^0`;
        for (const phone of phones) delivered.push({ phone, templateCode: template, params, bizId });
        return answer(200, 'OK', 'OK', { BizId: bizId });
      },
      errorAnswer: (code, message) => ({
        status: code.startsWith('isv.') || code.startsWith('isp.') ? 200 : 400,
        body: { RequestId: randomUUID().toUpperCase(), Code: code, Message: message ?? 'stand-in error' },
      }),
    },
    opts.now ?? Date.now,
  );
  const url = `${base.origin}/`;
  return Object.assign(base, {
    url,
    settings: { endpoint: url, accessKeyId, accessKeySecret, signName },
    delivered,
  });
}

/** TemplateParam: a JSON object of string values. */
function templateParams(raw: string | undefined): Record<string, string> | null {
  try {
    const value: unknown = JSON.parse(raw ?? '{}');
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    const entries = Object.entries(value);
    return entries.every(([, v]) => typeof v === 'string') ? Object.fromEntries(entries) : null;
  } catch {
    return null;
  }
}
