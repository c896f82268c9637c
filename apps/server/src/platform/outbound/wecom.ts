import type { Fetch, GroupMessage, SendResult } from './channel.ts';
import { isFailure, postOnce, shortText } from './http-attempt.ts';
import { renderMarkdown } from './markdown.ts';
import { ROBOT_RATE_WINDOW_MS, robotAnswer } from './robot-answer.ts';

/** WeCom group robot (企业微信群机器人): at most 20 messages a minute per robot; over it, errcode 45009. */
export const WECOM_RATE_LIMITED = 45009;
/** The key in the webhook address is unknown or revoked (invalid webhook url). */
export const WECOM_INVALID_KEY = 93000;
/** WeCom's "system busy, try again". */
const WECOM_BUSY = -1;

/** The body WeCom documents for a markdown message. */
export function weComBody(message: GroupMessage): { msgtype: 'markdown'; markdown: { content: string } } {
  return { msgtype: 'markdown', markdown: { content: renderMarkdown(message, 'wecom') } };
}

/** Reads WeCom's `{ errcode, errmsg }` answer. */
export function weComResult(errcode: unknown, errmsg: unknown): SendResult {
  if (errcode === 0) return { ok: true };
  const error = `wecom errcode ${String(errcode)}: ${shortText(errmsg)}`;
  if (errcode === WECOM_RATE_LIMITED) return { ok: false, retryable: true, error, retryAfterMs: ROBOT_RATE_WINDOW_MS };
  if (errcode === WECOM_BUSY) return { ok: false, retryable: true, error };
  return { ok: false, retryable: false, error };
}

export async function sendWeCom(
  webhookUrl: string,
  message: GroupMessage,
  fetchFn: Fetch,
  timeoutMs: number,
): Promise<SendResult> {
  const answer = await postOnce(
    fetchFn,
    { url: webhookUrl, contentType: 'application/json', body: JSON.stringify(weComBody(message)) },
    timeoutMs,
  );
  if (isFailure(answer)) return answer;
  return robotAnswer('wecom', answer.status, answer.json, weComResult);
}
