import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor } from '../sessions.ts';

describe('fixture and harness', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  it('a grid worker lists only the residents of their grid', async () => {
    const grid = fx.subdistricts[0].communities[0].grids[0];
    const client = await clientFor(ctx.app, ctx.deps, 'grid_worker', grid.id);
    const res = await client.get('/api/residents');
    expect(res.statusCode).toBe(200);
    const body = readJson<{ items: { id: string }[]; total: number }>(res);
    expect(body.items.map((r) => r.id).sort()).toEqual([...grid.residentIds].sort());
  });
});
