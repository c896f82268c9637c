import { it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture } from '../fixture.ts';
import { clientFor } from '../sessions.ts';
it('dbg', async () => {
  const ctx = await createTestContext();
  const fx = await buildFixture(ctx.deps);
  const c = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
  const g = fx.subdistricts[0].communities[0].grids[0];
  for (const [m, u, b] of [
    ['GET', `/api/territory/units/${g.id}/parent-at?date=2024-02-30`, undefined],
    ['GET', `/api/dashboard/home?at=2024-02-30`, undefined],
    ['GET', `/api/territory/units?at=2024-02-31`, undefined],
    ['GET', `/api/residents?page=9007199254740991&pageSize=200`, undefined],
    ['GET', `/api/workers?page=9007199254740991&pageSize=200`, undefined],
    ['GET', `/api/residents?page=46116860184273880&pageSize=200`, undefined],
    ['POST', `/api/residents`, { name: 'x', gridId: g.id, birthDate: '2024-02-30', registeredOn: '9999-12-31' }],
    ['POST', `/api/party-members`, { name: 'x', branchId: fx.subdistricts[0].communities[0].branchId, memberType: 'formal', status: 'retired', joinDate: '2023-02-29' }],
  ] as const) {
    const r = await c.request(m, u, b);
    console.log('RES', m, u, r.statusCode, r.body.slice(0, 150));
  }
});
