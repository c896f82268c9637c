import { ERRORS, type ErrorCode } from '@jishi/shared';

/** The one application error: a stable code from the shared catalogue plus optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: AppErrorDetails;

  constructor(code: ErrorCode, details: AppErrorDetails = {}) {
    super(code);
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

export interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  [key: string]: unknown;
}

export interface AppErrorDetails {
  /** A 404 for an object that exists outside the caller's scope (audited, never told to the caller). */
  outOfScope?: boolean;
  issues?: RawIssue[];
  rows?: { row: number; errors: string[] }[];
  /** Sent as Retry-After (seconds) with the error. */
  retryAfterSeconds?: number;
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
export const forbidden = (): AppError => new AppError('FORBIDDEN');
