import { ApiError, toApiError } from './api-error.ts';
import { currentLang, i18n } from './i18n/index.ts';

export { ApiError } from './api-error.ts';

export type QueryValue = string | number | boolean | null | undefined;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  query?: Record<string, QueryValue>;
  /** JSON body. */
  json?: unknown;
  /** Raw body (file upload) with its content type. */
  body?: Blob;
  contentType?: string;
  signal?: AbortSignal;
  /** The session probe and the login call handle 401 themselves. */
  allowUnauthenticated?: boolean;
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => undefined;

/** The CSRF token lives in memory only; it comes with the session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Whether the session has been confirmed in this page (a cold offline start has no token yet). */
export const hasCsrfToken = (): boolean => csrfToken !== null;

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(path: string, opts: RequestOptions, accept: string): Promise<Response> {
  const method: Method = opts.method ?? (opts.json !== undefined || opts.body ? 'POST' : 'GET');
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': currentLang() };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.body) {
    headers['Content-Type'] = opts.contentType ?? 'application/octet-stream';
    body = opts.body;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
      cache: 'no-store',
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', i18n.t('common.networkError'));
  }
  if (res.ok) return res;
  const error = await toApiError(res, i18n.t('common.unexpected'));
  if (error.status === 401 && error.code === 'UNAUTHENTICATED' && !opts.allowUnauthenticated) {
    onUnauthenticated();
  }
  throw error;
}

/** JSON request; resolves with the parsed body (undefined for 204). */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts, 'application/json');
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface Download {
  blob: Blob;
  filename: string | null;
}

function filenameOf(res: Response): string | null {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : null;
}

/** File request (template download, export); the caller saves the blob. */
export async function apiDownload(path: string, opts: RequestOptions = {}): Promise<Download> {
  const res = await send(path, opts, '*/*');
  return { blob: await res.blob(), filename: filenameOf(res) };
}
