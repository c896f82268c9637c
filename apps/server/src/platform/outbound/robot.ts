import { systemClock } from '../clock.ts';
import type { Fetch, GroupMessage, RobotTarget, SendResult } from './channel.ts';
import { sendDingTalk } from './dingtalk.ts';
import { DEFAULT_TIMEOUT_MS } from './http-attempt.ts';
import { sendWeCom } from './wecom.ts';

export interface RobotOptions {
  /** The fetch to call (tests point it at the local stand-ins); the global fetch by default. */
  fetch?: Fetch;
  /** How long one attempt may take, answer included (10 s by default). */
  timeoutMs?: number;
  /** The clock DingTalk's signature is dated by; pass the deployment's `deps.clock.now`. */
  now?: () => Date;
}

/**
 * Posts a group message through a WeCom or DingTalk robot webhook: one attempt, classified. The caller records it
 * and retries a retryable failure (after `retryAfterMs` when given); this function never retries by itself.
 */
export async function sendRobot(
  target: RobotTarget,
  message: GroupMessage,
  opts: RobotOptions = {},
): Promise<SendResult> {
  const fetchFn = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!isWebAddress(target.webhookUrl)) return { ok: false, retryable: false, error: 'webhook is not an http(s) URL' };
  switch (target.platform) {
    case 'wecom':
      return sendWeCom(target.webhookUrl, message, fetchFn, timeoutMs);
    case 'dingtalk':
      return sendDingTalk(target.webhookUrl, target.secret, message, {
        fetch: fetchFn,
        timeoutMs,
        now: (opts.now ?? systemClock.now)(),
      });
  }
}

function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
