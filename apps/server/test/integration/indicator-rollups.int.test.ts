import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { advance, daysAgo, installDecisions, openAssigned, type HallTemplates } from '../decisions-support.ts';
import { daysAgoAt, installIntegrity, openRelief } from '../integrity-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { recordStep } from '../../src/features/integrity/exercises.write.service.ts';
import { submitComplaint } from '../../src/features/integrity/complaints.public.service.ts';
import { COUNTERS } from '../../src/features/indicators/definitions/index.ts';
import { compareCounter, rebuildCounters } from '../../src/features/indicators/rollups.service.ts';
import { prng } from '../../src/seed/people-generator.ts';

/** Roll-ups maintained on write equal a raw recount of the detail rows exactly, after random writes through the services. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('indicator roll-ups', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let templates: [HallTemplates, HallTemplates];

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    templates = await installDecisions(ctx.deps, fx);
    await installIntegrity(ctx.deps, fx);
  });

  it('after 60 random writes across communities, modules and days, every counter equals its raw recount', async () => {
    const rand = prng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const communities = fx.subdistricts.flatMap((s, i) => s.communities.map((c) => ({ id: c.id, template: templates[i].community })));
    const opened: string[] = [];
    for (let i = 0; i < 60; i++) {
      const c = pick(communities);
      const kind = pick(['matter', 'matter', 'solve', 'exercise', 'skip', 'complaint'] as const);
      if (kind === 'matter') opened.push((await openAssigned(ctx.deps, c.id, c.template, { openedOn: daysAgo(100 + Math.floor(rand() * 200)) })).id);
      else if (kind === 'solve' && opened.length) await advance(ctx.deps, opened.splice(Math.floor(rand() * opened.length), 1)[0], 99, daysAgo(90));
      else if (kind === 'exercise') await openRelief(ctx.deps, c.id, daysAgoAt(1 + Math.floor(rand() * 20), Math.floor(rand() * 24)));
      else if (kind === 'skip') {
        const e = await openRelief(ctx.deps, c.id, daysAgoAt(3, 20));
        await recordStep(ctx.deps, systemActor(), e.id, { stepSeq: 1, evidence: [] });
        await recordStep(ctx.deps, systemActor(), e.id, { stepSeq: 3, evidence: [] });
      } else if (kind === 'complaint') {
        await submitComplaint(ctx.deps, { ip: `10.1.${i}.1`, requestId: 't' }, { unitId: c.id, targetKind: 'organisation', targetText: '某事', content: '随机写入', anonymous: true });
      }
    }
    expect(COUNTERS.length).toBeGreaterThanOrEqual(5);
    for (const def of COUNTERS) expect(await compareCounter(ctx.deps.db, def), def.code).toEqual([]);
    // the check is not vacuous: every counter holds cells
    const cells = await ctx.deps.db.selectFrom('indicator_rollups').select(['counter']).groupBy('counter').execute();
    expect(cells.map((c) => c.counter).sort()).toEqual(COUNTERS.map((c) => c.code).sort());
  });

  it('a tampered cell is found, and a rebuild restores the exact recount', async () => {
    const def = COUNTERS[0];
    const cell = await ctx.deps.db.selectFrom('indicator_rollups').selectAll().where('counter', '=', def.code).executeTakeFirstOrThrow();
    await ctx.deps.db.updateTable('indicator_rollups').set({ value: cell.value + 5 }).where('counter', '=', def.code).where('unit_id', '=', cell.unit_id).where('day', '=', cell.day).execute();
    expect(await compareCounter(ctx.deps.db, def)).toHaveLength(1);
    await ctx.deps.db.transaction().execute((trx) => rebuildCounters(trx, COUNTERS));
    for (const d of COUNTERS) expect(await compareCounter(ctx.deps.db, d)).toEqual([]);
  });
});
