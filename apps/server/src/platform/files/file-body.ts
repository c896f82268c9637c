import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../content-disposition.ts';
import type { App } from '../http-types.ts';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES } from './attachments.ts';
import { IMAGE_LIMITS, IMAGE_TYPES } from './image-intake.ts';

/**
 * Uploads are plain requests whose body is the file, one file per request: photos
 * (`Content-Type: image/jpeg|png|webp`, at most IMAGE_LIMITS.maxBytes) and documents (`application/pdf`,
 * `video/mp4`, at most DOCUMENT_MAX_BYTES). The body arrives as a Buffer in `request.body`; larger → 413,
 * other content types → 415. The claimed type is not trusted: acceptPhoto/acceptDocument check the bytes.
 */
export function registerFileBodyParsers(app: App): void {
  app.addContentTypeParser(
    [...IMAGE_TYPES],
    { parseAs: 'buffer', bodyLimit: IMAGE_LIMITS.maxBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );
  app.addContentTypeParser(
    [...DOCUMENT_TYPES],
    { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );
}

/** Sends stored bytes (shown in place) to a caller the feature route has already authorised. */
export function sendAttachment(reply: FastifyReply, file: { bytes: Buffer; contentType: string }): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('cache-control', 'private, max-age=3600')
    .header('content-disposition', contentDisposition('inline'))
    .send(file.bytes);
}
