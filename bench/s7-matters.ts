import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import { listMatters } from '../apps/server/src/features/decisions/matters.service.ts';
import { seedDemo } from '../apps/server/src/seed/seed-demo.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { fmt, p95, withScratchDeps } from './lib.ts';

const BATCH = 500;

/** Adds `count` matters spread over the demo's halls and years (bulk rows; the list path is what is measured). */
async function addMatters(deps: Deps, count: number): Promise<void> {
  const base = await deps.db.selectFrom('decision_matters').selectAll().execute();
  const now = new Date().toISOString();
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => {
      const n = start + k;
      const model = base[n % base.length];
      const day = String(1 + (n % 28)).padStart(2, '0');
      return {
        ...model,
        id: `bench-${String(n).padStart(9, '0')}`,
        title: `议题${n}`,
        opened_on: `${2010 + (n % 16)}-0${1 + (n % 9)}-${day}`,
        created_at: now,
        updated_at: now,
      };
    });
    await deps.db.insertInto('decision_matters').values(rows).execute();
  }
}

/**
 * S7: the deliberation-hall matter list (page 1 of 20 with its total, newest first) for the
 * subdistrict and for one community, with `count` extra matters, against the same calls on the
 * demo subdistrict alone (~130 matters) in the same run.
 */
export async function benchMatters(count: number) {
  return withScratchDeps('s7', 3, async (deps) => {
    const { db } = deps;
    await seedDemo(deps);
    const actor = systemActor();
    const community = await db
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '秦江社区')
      .executeTakeFirstOrThrow();
    const calls = {
      subdistrict: () => listMatters(deps, actor, { page: 1, pageSize: 20 }),
      community: () => listMatters(deps, actor, { page: 1, pageSize: 20, unitId: community.id }),
    };
    const small = { subdistrict: await p95(40, calls.subdistrict), community: await p95(40, calls.community) };
    await addMatters(deps, count);
    const large = { subdistrict: await p95(40, calls.subdistrict), community: await p95(40, calls.community) };
    for (const k of ['subdistrict', 'community'] as const) {
      console.log(
        `S7 matters list (${k}): p95 ${fmt(large[k])} ms with +${count} matters vs ${fmt(small[k])} ms on the demo alone (${fmt(large[k] / small[k])}×)`,
      );
    }
    return { small, large };
  });
}
