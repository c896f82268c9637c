import type { SendResult } from './channel.ts';

/** Both robots allow about 20 messages a minute: after a rate-limit answer the next try waits a minute. */
export const ROBOT_RATE_WINDOW_MS = 60_000;

/** An answer that is not an errcode object: a 4xx is refused for good; an unreadable 2xx may be tried again. */
export function robotAnswer(
  platform: string,
  status: number,
  json: unknown,
  read: (errcode: unknown, errmsg: unknown) => SendResult,
): SendResult {
  if (status >= 400) return { ok: false, retryable: false, error: `${platform} HTTP ${status}` };
  if (json === null || typeof json !== 'object' || !('errcode' in json))
    return { ok: false, retryable: true, error: `${platform}: unreadable answer (HTTP ${status})` };
  const { errcode, errmsg } = json as { errcode: unknown; errmsg?: unknown };
  return read(errcode, errmsg);
}
