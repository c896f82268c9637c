import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { makeUser } from '../sessions.ts';
import { freshCase, givePost } from '../grid-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { actOnCase } from '../../src/features/grid/cases.write.service.ts';
import { caseMix, caseMixRecount } from '../../src/features/grid/cases.repo.ts';
import { fillCaseMix } from '../../src/db/migrations/2026_11_29_1150_grid_case_mix.ts';
import type { AnyDb } from '../../src/db/migration-kit.ts';
import { prng } from '../../src/seed/people-generator.ts';

/**
 * The grid dashboard's case counts read the case mix kept in each case's transactions: after random
 * registrations and transitions (auto-escalation of high risk, escalation, resolution, failure, follow-up)
 * it equals a count over the case rows, per category, level, status and resolution level; and the
 * migration that fills it from existing cases gives the same.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
type Mix = { category: string; level: string; status: string; resolvedLevel: string | null; n: number }[];
const sorted = (m: Mix) => [...m].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('grid case mix', () => {
  let ctx: Ctx;
  let fx: Fixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
  });

  const both = async () => {
    const scope = systemActor().scope;
    return [
      sorted(await caseMix(ctx.deps.db, scope, undefined, '2000-01-01', '2100-12-31')),
      sorted(await caseMixRecount(ctx.deps.db, scope, {})),
    ];
  };

  it('equals the case rows after random registrations and transitions', async () => {
    const rand = prng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const system = systemActor();
    const grids = fx.subdistricts.flatMap((s) => s.communities.flatMap((c) => c.grids));
    const workers = new Map<string, string>();
    for (const g of grids) {
      const u = await makeUser(ctx.deps, 'grid_worker', g.id);
      await givePost(ctx.deps, g.id, u.id, 'worker');
      workers.set(g.id, u.id);
    }
    const steps = [
      { action: 'accept' },
      { action: 'assign' },
      { action: 'mediate' },
      { action: 'resolve', agreement: '达成协议' },
      { action: 'fail', note: '调解未成' },
      { action: 'escalate', reason: '网格无法协调' },
      { action: 'follow_up', note: '回访满意' },
    ] as const;
    for (let i = 0; i < 40; i++) {
      const grid = pick(grids);
      const c = await freshCase(ctx.deps, grid.id, system, {
        category: pick(['neighbours', 'family', 'labour'] as const),
        risk: rand() < 0.2 ? 'high' : 'low',
      });
      for (let k = Math.floor(rand() * 7); k > 0; k--) {
        const step = pick(steps);
        const body =
          step.action === 'assign' ? { action: 'assign' as const, assigneeId: workers.get(grid.id) as string } : step;
        await actOnCase(ctx.deps, system, c.id, body).catch(() => undefined); // illegal moves are refused and change nothing
      }
    }
    const [mix, recount] = await both();
    expect(mix).toEqual(recount);
    // not vacuous: several states were reached
    expect(new Set(mix.map((m) => m.status)).size).toBeGreaterThanOrEqual(4);
    expect(mix.some((m) => m.level !== 'grid')).toBe(true);
    expect(mix.some((m) => m.resolvedLevel !== null)).toBe(true);
  });

  it('the upgrade fills it from existing cases with the same counts', async () => {
    await ctx.deps.db.deleteFrom('grid_case_mix').execute();
    expect((await both())[0]).toEqual([]);
    await fillCaseMix(ctx.deps.db as unknown as AnyDb);
    const [mix, recount] = await both();
    expect(mix).toEqual(recount);
  });
});
