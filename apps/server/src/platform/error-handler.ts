import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage, type ErrorBody, type ErrorCode } from '@jishi/shared';
import { isBusyError } from '../db/dialect.ts';
import { AppError } from './errors.ts';
import { pickLang } from './lang.ts';
import { localiseIssues } from './validation.ts';

/** Every error leaves as `{ code, message }` in the caller's language; never a stack trace. */
export function errorHandler(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): void {
  const lang = request.actor?.lang ?? pickLang(request.headers['accept-language']);
  const appError = toAppError(error, request);
  if (appError.code === 'DATABASE_BUSY') request.log.warn({ err: error }, 'database locked by another process');
  else if (appError.status >= 500) request.log.error({ err: error }, 'unhandled error');
  const body: ErrorBody = { code: appError.code, message: errorMessage(appError.code, lang) };
  if (appError.details.issues) body.issues = localiseIssues(appError.details.issues, lang);
  if (appError.details.rows) body.rows = appError.details.rows;
  if (appError.details.retryAfterSeconds) reply.header('retry-after', String(appError.details.retryAfterSeconds));
  reply.status(appError.status).header('cache-control', 'no-store').send(body);
}

function toAppError(error: FastifyError | AppError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  // A lock held elsewhere outlasted the short busy wait: nothing was written, the client may retry.
  if (isBusyError(error)) return new AppError('DATABASE_BUSY', { retryAfterSeconds: 2 });
  const status = (error as FastifyError).statusCode ?? 500;
  // No parser for the body's content type: an image of a kind not taken gets the photo message, anything else
  // (text, form fields, a missing type) the content-type message.
  if (status === 415)
    return new AppError(
      String(request.headers['content-type'] ?? '').startsWith('image/')
        ? 'UNSUPPORTED_FILE_TYPE'
        : 'UNSUPPORTED_MEDIA_TYPE',
    );
  const byStatus: Record<number, ErrorCode> = {
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    413: 'PAYLOAD_TOO_LARGE',
    429: 'RATE_LIMITED',
  };
  if (byStatus[status]) return new AppError(byStatus[status]);
  if (status >= 400 && status < 500) return new AppError('VALIDATION');
  return new AppError('INTERNAL');
}
