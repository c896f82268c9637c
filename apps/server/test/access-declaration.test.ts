import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Deps } from '../src/deps.ts';
import type { App } from '../src/platform/http-types.ts';
import { registerAccessControl } from '../src/features/auth/access-control.ts';

/** A route registered without an access declaration fails at start-up (fail closed). */
describe('route access declarations', () => {
  const deps = { config: { cookieSecure: true } } as unknown as Deps;

  it('refuses an API route without config.access', async () => {
    const app = Fastify() as unknown as App;
    registerAccessControl(app, deps);
    expect(() => app.get('/api/undeclared', async () => ({}))).toThrow(/declares no access/);
    await app.close();
  });

  it('records declared routes for the authorization matrix', async () => {
    const app = Fastify() as unknown as App;
    registerAccessControl(app, deps);
    app.get('/api/declared', { config: { access: 'resident:read' } }, async () => ({}));
    await app.ready();
    expect(app.apiRoutes).toEqual([{ method: 'GET', url: '/api/declared', access: 'resident:read', module: null }]);
    await app.close();
  });
});
