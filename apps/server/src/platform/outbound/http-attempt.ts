import type { Fetch, SendResult } from './channel.ts';

/** How long one attempt may take, answer included, unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A platform answered: its HTTP status and its body, parsed as JSON when it is JSON (else null). */
export interface HttpAnswer {
  status: number;
  json: unknown;
}

type Failure = Extract<SendResult, { ok: false }>;

export interface AttemptRequest {
  url: string;
  contentType: string;
  body: string;
}

/**
 * One POST with a deadline. Failures every platform shares are classified here: no answer (network error, timeout)
 * and HTTP 5xx may pass later (retryable); 429 is a rate limit (retryable, after Retry-After when given). Any other
 * answer goes back to the adapter, which reads the platform's own error codes. Error texts never carry the URL (a
 * webhook's key is in it).
 */
export async function postOnce(
  fetchFn: Fetch,
  request: AttemptRequest,
  timeoutMs: number,
): Promise<HttpAnswer | Failure> {
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(request.url, {
      method: 'POST',
      headers: { 'content-type': request.contentType, accept: 'application/json' },
      body: request.body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    return noAnswer(error, timeoutMs);
  }
  if (response.status >= 500) return { ok: false, retryable: true, error: `HTTP ${response.status}` };
  if (response.status === 429) {
    const retryAfterMs = retryAfterOf(response.headers.get('retry-after'));
    return { ok: false, retryable: true, error: 'HTTP 429', ...(retryAfterMs ? { retryAfterMs } : {}) };
  }
  return { status: response.status, json: parseJson(text) };
}

export const isFailure = (a: HttpAnswer | Failure): a is Failure => 'ok' in a;

function noAnswer(error: unknown, timeoutMs: number): Failure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError')
    return { ok: false, retryable: true, error: `no answer within ${timeoutMs} ms` };
  // fetch's own message is generic ("fetch failed"); the cause names the system error (ECONNREFUSED …).
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
  return { ok: false, retryable: true, error: `network error${code ? ` ${code}` : ''}` };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Retry-After in seconds (the HTTP-date form is not used by these platforms and is ignored). */
function retryAfterOf(header: string | null): number | undefined {
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** A platform's message, kept short for the record. */
export const shortText = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 200) : '');
