import type { FastifyReply } from 'fastify';
import type { App } from '../http-types.ts';
import { IMAGE_LIMITS, IMAGE_TYPES } from './image-intake.ts';

/**
 * Photo uploads are plain requests whose body is the image (`Content-Type: image/jpeg|png|webp`),
 * one photo per request: the body arrives as a Buffer in `request.body`, at most
 * IMAGE_LIMITS.maxBytes (larger → 413). Other content types → 415. The claimed type is not
 * trusted; intakeImage() checks the bytes.
 */
export function registerImageBodyParser(app: App): void {
  app.addContentTypeParser(
    [...IMAGE_TYPES],
    { parseAs: 'buffer', bodyLimit: IMAGE_LIMITS.maxBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );
}

/** Sends stored image bytes to a caller the feature route has already authorised. */
export function sendImage(reply: FastifyReply, bytes: Buffer, contentType: string): FastifyReply {
  return reply
    .header('content-type', contentType)
    .header('cache-control', 'private, max-age=3600')
    .header('content-disposition', 'inline')
    .send(bytes);
}
