import { createHmac } from 'node:crypto';
import type { Fetch, GroupMessage, SendResult } from './channel.ts';
import { isFailure, postOnce, shortText } from './http-attempt.ts';
import { oneLine, renderMarkdown } from './markdown.ts';
import { ROBOT_RATE_WINDOW_MS, robotAnswer } from './robot-answer.ts';

/** DingTalk custom robot (钉钉自定义机器人): over 20 messages a minute, errcode 130101 ("send too fast"). */
export const DINGTALK_RATE_LIMITED = 130101;
/** Refused by the robot's security settings: sign, timestamp, keyword or IP allow-list. */
export const DINGTALK_REFUSED = 310000;
/** DingTalk's "system busy, try again". */
const DINGTALK_BUSY = -1;

/**
 * The signature of DingTalk's 加签: base64 of HMAC-SHA256 with the robot's secret as key over
 * `${timestampMs}\n${secret}`. It goes into the webhook's query as `sign` (URL-encoded there), beside `timestamp`.
 */
export function dingTalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** The webhook address with `timestamp` and `sign` added when the robot is signed. */
export function dingTalkUrl(webhookUrl: string, secret: string | null, now: Date): string {
  if (!secret) return webhookUrl;
  const url = new URL(webhookUrl);
  const timestamp = now.getTime();
  url.searchParams.set('timestamp', String(timestamp));
  url.searchParams.set('sign', dingTalkSign(secret, timestamp));
  return url.href;
}

/** The body DingTalk documents for a markdown message: the title shows in the chat list, the text in the group. */
export function dingTalkBody(message: GroupMessage): {
  msgtype: 'markdown';
  markdown: { title: string; text: string };
} {
  return {
    msgtype: 'markdown',
    markdown: { title: oneLine(message.title), text: renderMarkdown(message, 'dingtalk') },
  };
}

/** Reads DingTalk's `{ errcode, errmsg }` answer. */
export function dingTalkResult(errcode: unknown, errmsg: unknown): SendResult {
  if (errcode === 0) return { ok: true };
  const error = `dingtalk errcode ${String(errcode)}: ${shortText(errmsg)}`;
  if (errcode === DINGTALK_RATE_LIMITED)
    return { ok: false, retryable: true, error, retryAfterMs: ROBOT_RATE_WINDOW_MS };
  if (errcode === DINGTALK_BUSY) return { ok: false, retryable: true, error };
  return { ok: false, retryable: false, error };
}

export async function sendDingTalk(
  webhookUrl: string,
  secret: string | null,
  message: GroupMessage,
  opts: { fetch: Fetch; timeoutMs: number; now: Date },
): Promise<SendResult> {
  const answer = await postOnce(
    opts.fetch,
    {
      url: dingTalkUrl(webhookUrl, secret, opts.now),
      contentType: 'application/json',
      body: JSON.stringify(dingTalkBody(message)),
    },
    opts.timeoutMs,
  );
  if (isFailure(answer)) return answer;
  return robotAnswer('dingtalk', answer.status, answer.json, dingTalkResult);
}
