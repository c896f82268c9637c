import type { ErrorBody } from '@jishi/shared/errors';

export type ApiIssue = NonNullable<ErrorBody['issues']>[number];
export type ApiRowError = NonNullable<ErrorBody['rows']>[number];

/** An error answer from the API: `{ code, message, issues?, rows? }` plus the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  readonly rows: ApiRowError[];

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = [], rows: ApiRowError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.rows = rows;
  }
}

export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function readIssues(v: unknown): ApiIssue[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((i) => ({ path: String(i.path ?? ''), message: String(i.message ?? '') }));
}

function readRows(v: unknown): ApiRowError[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((r) => ({
    row: Number(r.row),
    errors: Array.isArray(r.errors) ? r.errors.map(String) : [],
  }));
}

/** Builds an ApiError from a failed response; tolerates non-JSON bodies (proxies, 502s). */
export async function toApiError(res: Response, fallbackMessage: string): Promise<ApiError> {
  let body: unknown = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    body = await res.json().catch(() => null);
  }
  if (!isRecord(body)) return new ApiError(res.status, `HTTP_${res.status}`, fallbackMessage);
  const code = typeof body.code === 'string' ? body.code : `HTTP_${res.status}`;
  const message = typeof body.message === 'string' && body.message ? body.message : fallbackMessage;
  return new ApiError(res.status, code, message, readIssues(body.issues), readRows(body.rows));
}
