import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { idNumber, prng } from '../../src/seed/people-generator.ts';

/** One registered person per ID number, across the whole registry; moving out frees the number. */
describe('resident ID numbers are unique among registered residents', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  let fx: Fixture;
  let admin: Client;
  const id = idNumber(prng(99), 1975, true);

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
  });

  const count = () => countRows(ctx.deps, 'residents');

  it('refuses a second registration with 409 DUPLICATE and writes nothing', async () => {
    const gridA = fx.subdistricts[0].communities[0].grids[0].id;
    const gridB = fx.subdistricts[0].communities[1].grids[1].id;
    const first = await admin.post('/api/residents', { name: '甲某', gridId: gridA, idNumber: id });
    expect(first.statusCode, first.body).toBe(200);
    const before = await count();
    const second = await admin.post('/api/residents', { name: '乙某', gridId: gridB, idNumber: id });
    expect(second.statusCode).toBe(409);
    expect(readJson<ErrorBody>(second).code).toBe('DUPLICATE');
    expect(await count()).toBe(before);

    const other = await admin.post('/api/residents', { name: '丙某', gridId: gridB });
    const clash = await admin.patch(`/api/residents/${readJson<{ id: string }>(other).id}`, { idNumber: id });
    expect(clash.statusCode).toBe(409);

    // Moving out keeps the old record but frees the number for a new registration.
    expect((await admin.delete(`/api/residents/${readJson<{ id: string }>(first).id}`)).statusCode).toBe(200);
    expect((await admin.post('/api/residents', { name: '甲某', gridId: gridB, idNumber: id })).statusCode).toBe(200);
  });
});
