import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { App } from './platform/http-types.ts';
import { AppError } from './platform/errors.ts';

/** Serves the built staff console; unknown non-API GETs fall back to index.html (client routing). */
export async function registerWebApp(app: App, dist: string): Promise<void> {
  if (!existsSync(dist)) {
    app.log.warn(`web app not built at ${dist}`);
    app.setNotFoundHandler(() => {
      throw new AppError('NOT_FOUND');
    });
    return;
  }
  await app.register(fastifyStatic, { root: dist, wildcard: true, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api')) throw new AppError('NOT_FOUND');
    return reply.type('text/html').sendFile('index.html');
  });
}
