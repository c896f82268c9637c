import Fastify from 'fastify';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../error-handler.ts';
import type { App } from '../http-types.ts';
import { registerFileBodyParsers, sendAttachment } from './file-body.ts';
import { IMAGE_LIMITS, intakeImage } from './image-intake.ts';

const app = Fastify() as unknown as App;
registerFileBodyParsers(app);
app.setErrorHandler(errorHandler);
app.post('/photo', async (request, reply) => {
  const image = await intakeImage(request.body as Buffer, { keepLocation: false });
  return sendAttachment(reply, image);
});
afterAll(() => app.close());

describe('photo upload bodies', () => {
  it('take the image as the body and answer with a clean copy', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } })
      .jpeg()
      .toBuffer();
    const res = await app.inject({
      method: 'POST',
      url: '/photo',
      headers: { 'content-type': 'image/jpeg' },
      payload: jpeg,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toContain('private');
  });

  it('refuse other content types with a localised 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/photo',
      headers: { 'content-type': 'image/svg+xml', 'accept-language': 'en' },
      payload: '<svg/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', message: expect.stringContaining('JPG') });
  });

  it('refuse a body over the limit with a localised 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/photo',
      headers: { 'content-type': 'image/png' },
      payload: Buffer.alloc(IMAGE_LIMITS.maxBytes + 10),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '文件过大' });
  });

  it('refuse a lying content type after checking the bytes', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/photo',
      headers: { 'content-type': 'image/png' },
      payload: Buffer.from('MZ\x90\x00 executable'),
    });
    expect(res.statusCode).toBe(415);
  });
});
