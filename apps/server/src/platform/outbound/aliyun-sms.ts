import { randomUUID } from 'node:crypto';
import type { Fetch, SendResult, SmsMessage, SmsProvider } from './channel.ts';
import { percentEncode, rpcSignature, rpcTimestamp } from './aliyun-sign.ts';
import { isFailure, postOnce, shortText } from './http-attempt.ts';

/** Aliyun SMS (阿里云短信服务, dysmsapi): the account and the approved signature (短信签名) messages go out under. */
export interface AliyunSmsSettings {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
}

export interface AliyunSmsOptions {
  fetch: Fetch;
  timeoutMs: number;
  now: () => Date;
  /** The SignatureNonce of each request (a random UUID; tests fix it). */
  nonce?: () => string;
}

/** The rate-limit answer (per number per minute/hour/day, 触发流控): worth trying again later. */
export const ALIYUN_RATE_LIMITED = 'isv.BUSINESS_LIMIT_CONTROL';
/** A minute is the shortest of the documented per-number windows. */
const ALIYUN_RETRY_AFTER_MS = 60_000;

/** The parameters of one SendSms call (API version 2017-05-25), unsigned. */
export function sendSmsParams(
  settings: AliyunSmsSettings,
  message: SmsMessage,
  instant: Date,
  nonce: string,
): Record<string, string> {
  return {
    AccessKeyId: settings.accessKeyId,
    Action: 'SendSms',
    Format: 'JSON',
    PhoneNumbers: message.phone,
    RegionId: 'cn-hangzhou',
    SignName: settings.signName,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: nonce,
    SignatureVersion: '1.0',
    TemplateCode: message.templateCode,
    TemplateParam: JSON.stringify(message.params),
    Timestamp: rpcTimestamp(instant),
    Version: '2017-05-25',
  };
}

/**
 * Reads an answer `{ Code, Message, BizId, RequestId }`. OK → accepted (BizId is the receipt). Rate limits and the
 * provider's own faults (isp.*, Throttling*, ServiceUnavailable) may pass later; the sender's errors (isv.* template,
 * signature, number or parameter errors; a bad key or request signature) will not.
 */
export function aliyunResult(status: number, json: unknown): SendResult {
  const body = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : null;
  const code = typeof body?.Code === 'string' ? body.Code : null;
  if (code === 'OK') return { ok: true, ...(typeof body?.BizId === 'string' ? { providerId: body.BizId } : {}) };
  if (code === null)
    return status >= 400
      ? { ok: false, retryable: false, error: `aliyun HTTP ${status}` }
      : { ok: false, retryable: true, error: `aliyun: unreadable answer (HTTP ${status})` };
  const error = `aliyun ${code}: ${shortText(body?.Message)}`;
  if (code === ALIYUN_RATE_LIMITED) return { ok: false, retryable: true, error, retryAfterMs: ALIYUN_RETRY_AFTER_MS };
  if (code.startsWith('Throttling')) return { ok: false, retryable: true, error, retryAfterMs: ALIYUN_RETRY_AFTER_MS };
  if (code.startsWith('isp.') || code === 'ServiceUnavailable' || code === 'InternalError')
    return { ok: false, retryable: true, error };
  return { ok: false, retryable: false, error };
}

/** The Aliyun SMS adapter: one signed POST per message (form-encoded, RPC style), classified. */
export function aliyunSmsProvider(settings: AliyunSmsSettings, opts: AliyunSmsOptions): SmsProvider {
  const nonce = opts.nonce ?? randomUUID;
  return {
    name: 'aliyun',
    async send(message: SmsMessage): Promise<SendResult> {
      const params = sendSmsParams(settings, message, opts.now(), nonce());
      const signed = { ...params, Signature: rpcSignature('POST', params, settings.accessKeySecret) };
      const body = Object.entries(signed)
        .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
        .join('&');
      const answer = await postOnce(
        opts.fetch,
        { url: settings.endpoint, contentType: 'application/x-www-form-urlencoded', body },
        opts.timeoutMs,
      );
      if (isFailure(answer)) return answer;
      return aliyunResult(answer.status, answer.json);
    },
  };
}
