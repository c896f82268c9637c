import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { SUBMITS_PER_HOUR, TRACKS_PER_HOUR } from '../../src/features/integrity/complaints.public.service.ts';

/** What anyone may do without signing in is bounded per client address, with nothing written past the bound. */
describe('public allowances', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  const submit = (ip: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      remoteAddress: ip,
      payload: {
        unitId: fx.subdistricts[0].communities[0].id,
        targetKind: 'item',
        targetText: '补助发放',
        content: '名单未公示，请核查。',
        anonymous: true,
      },
    });

  it(`accepts ${SUBMITS_PER_HOUR} complaints an hour from one address, then 429 with nothing stored; other addresses are unaffected`, async () => {
    for (let i = 0; i < SUBMITS_PER_HOUR; i++) expect((await submit('203.0.113.7')).statusCode).toBe(200);
    const before = await countRows(ctx.deps, 'complaints');
    const refused = await submit('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(readJson<ErrorBody>(refused).code).toBe('RATE_LIMITED');
    expect(await countRows(ctx.deps, 'complaints')).toBe(before);
    expect((await submit('203.0.113.8')).statusCode).toBe(200);
  });

  it(`bounds tracking look-ups (${TRACKS_PER_HOUR} an hour) so codes cannot be guessed at speed`, async () => {
    const track = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/public/complaints/track',
        remoteAddress: '198.51.100.9',
        payload: { code: 'x'.repeat(24) },
      });
    for (let i = 0; i < TRACKS_PER_HOUR; i++) expect((await track()).statusCode).toBe(404);
    expect((await track()).statusCode).toBe(429);
  });
});
