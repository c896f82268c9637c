import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { advance, daysAgo, installDecisions, openAssigned, type HallTemplates } from '../decisions-support.ts';
import { daysAgoAt, installIntegrity, openRelief } from '../integrity-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { recordStep } from '../../src/features/integrity/exercises.write.service.ts';
import { submitComplaint } from '../../src/features/integrity/complaints.public.service.ts';
import { COUNTERS } from '../../src/features/indicators/catalogue.ts';
import { compareCounter, rebuildCounters } from '../../src/features/indicators/rollups.service.ts';
import { sumPerCounterAndUnit } from '../../src/features/indicators/rollups.repo.ts';
import { RESIDENTS } from '../../src/features/residents/residents.indicators.ts';
import {
  backfillResidentCells,
  fillMonthCells,
} from '../../src/db/migrations/2026_11_29_1100_indicator_month_rollups.ts';
import type { AnyDb } from '../../src/db/migration-kit.ts';
import { prng } from '../../src/seed/people-generator.ts';
// grid, services and party life
import { makeUser } from '../sessions.ts';
import { freshCase, mediatingCase } from '../grid-support.ts';
import { installServices, type CommunityServices } from '../services-support.ts';
import { installPartyLife, signupIn, type PartyLifeObjects } from '../volunteers-support.ts';
import { actOnCase, recordSession } from '../../src/features/grid/cases.write.service.ts';
import { createAllocation } from '../../src/features/funds/funds.service.ts';
import { actOnRequest, submitRequest } from '../../src/features/service-requests/requests.service.ts';
import { createTraining } from '../../src/features/trainings/trainings.service.ts';
import { createActivity } from '../../src/features/volunteering/volunteering.service.ts';
import { moveSignup } from '../../src/features/volunteering/signups.service.ts';
import { recordDeed } from '../../src/features/good-deeds/good-deeds.service.ts';
import { residentCreateBody } from '@jishi/shared';
import { createResident, removeResident, updateResident } from '../../src/features/residents/residents.service.ts';

/** Roll-ups maintained on write equal a raw recount of the detail rows exactly, after random writes through the services. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('indicator roll-ups', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let templates: [HallTemplates, HallTemplates];
  let services: CommunityServices[];
  let life: PartyLifeObjects;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    templates = await installDecisions(ctx.deps, fx);
    await installIntegrity(ctx.deps, fx);
    services = [];
    for (const c of fx.subdistricts[0].communities) services.push(await installServices(ctx.deps, c.id));
    life = await installPartyLife(ctx.deps, fx);
  });

  let funds = 0;
  /** One random write of the grid, services or party-life modules: each bumps its counters. */
  async function moduleWrite(kind: string, rand: () => number): Promise<void> {
    const system = systemActor();
    const c = fx.subdistricts[0].communities[Math.floor(rand() * 2)];
    const grid = c.grids[Math.floor(rand() * 2)];
    const day = `2015-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    if (kind === 'case') await freshCase(ctx.deps, grid.id);
    else if (kind === 'mediation') {
      const staff = await makeUser(ctx.deps, 'grid_worker', c.id);
      const m = await mediatingCase(ctx.deps, grid.id, staff.id);
      const agreed = rand() < 0.6;
      await recordSession(ctx.deps, system, m.id, {
        heldOn: day,
        mediators: ['调解员'],
        outcome: agreed ? 'agreement' : 'adjourned',
        notes: '',
      });
      if (agreed) await actOnCase(ctx.deps, system, m.id, { action: 'resolve', agreement: '协议' });
    } else if (kind === 'fund') {
      await createAllocation(ctx.deps, system, {
        recipientUnitId: c.id,
        year: 2015,
        kind: funds++ % 2 === 0 ? 'community_construction' : 'party_building',
        purpose: '随机',
        amountFen: 1 + Math.floor(rand() * 1e7),
        allocatedOn: day,
      });
    } else if (kind === 'request') {
      const s = services.find((x) => x.communityId === c.id) as CommunityServices;
      const resident = {
        ...system,
        userId: (await makeUser(ctx.deps, 'resident', c.id)).id,
        role: 'resident' as const,
      };
      const r = await submitRequest(ctx.deps, resident, {
        serviceId: s.providerServiceId,
        description: '随机',
        address: '测试路',
      });
      for (const step of [
        { action: 'accept' },
        { action: 'dispatch', assigneeKind: 'provider', assigneeId: s.providerId },
        { action: 'start' },
        { action: 'complete' },
      ] as const) {
        await actOnRequest(ctx.deps, system, r.id, { note: '', ...step });
      }
      if (rand() < 0.7)
        await actOnRequest(ctx.deps, resident, r.id, { action: 'rate', rating: 1 + Math.floor(rand() * 5), note: '' });
    } else if (kind === 'training') {
      await createTraining(ctx.deps, system, {
        unitId: c.id,
        kind: rand() < 0.4 ? 'study_visit' : 'business',
        title: '随机培训',
        heldOn: day,
        place: '社区',
        participants: [],
      });
    } else if (kind === 'activity') {
      await createActivity(ctx.deps, system, {
        teamId: life.teamId,
        title: '随机活动',
        theme: 'dangqi_hong',
        heldOn: day,
        place: '广场',
        capacity: 30,
      });
    } else if (kind === 'verify') {
      await moveSignup(
        ctx.deps,
        system,
        await signupIn(ctx.deps, life, fx.subdistricts[0].communities[0].id, 'recorded'),
        'verify',
      );
    } else if (kind === 'resident') {
      await createResident(
        ctx.deps,
        system,
        residentCreateBody.parse({ gridId: grid.id, name: '随机居民', address: '测试路1号', registeredOn: day }),
      );
    } else if (kind === 'move' || kind === 'moveout') {
      const all = await ctx.deps.db
        .selectFrom('residents')
        .select(['id', 'grid_id'])
        .where('removed_at', 'is', null)
        .orderBy('id')
        .execute();
      const r = all[Math.floor(rand() * all.length)];
      if (kind === 'move') {
        const other = fx.subdistricts[0].communities.flatMap((x) => x.grids).find((g) => g.id !== r.grid_id) as {
          id: string;
        };
        await updateResident(ctx.deps, system, r.id, { gridId: other.id });
      } else {
        await removeResident(ctx.deps, system, r.id);
        await expect(removeResident(ctx.deps, system, r.id)).rejects.toThrow('NOT_FOUND'); // moved out: gone from the register
      }
    } else if (kind === 'deed') {
      await recordDeed(ctx.deps, system, {
        communityId: c.id,
        doerKind: 'member',
        doerName: '党员',
        beneficiary: '居民',
        doneOn: day,
        description: '随机',
      });
    }
  }

  it('after 100+ random writes across communities, modules and days, every counter equals its raw recount', async () => {
    const rand = prng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const communities = fx.subdistricts.flatMap((s, i) =>
      s.communities.map((c) => ({ id: c.id, template: templates[i].community })),
    );
    const opened: string[] = [];
    for (let i = 0; i < 60; i++) {
      const c = pick(communities);
      const kind = pick(['matter', 'matter', 'solve', 'exercise', 'skip', 'complaint'] as const);
      if (kind === 'matter')
        opened.push(
          (await openAssigned(ctx.deps, c.id, c.template, { openedOn: daysAgo(100 + Math.floor(rand() * 200)) })).id,
        );
      else if (kind === 'solve' && opened.length)
        await advance(ctx.deps, opened.splice(Math.floor(rand() * opened.length), 1)[0], 99, daysAgo(90));
      else if (kind === 'exercise')
        await openRelief(ctx.deps, c.id, daysAgoAt(1 + Math.floor(rand() * 20), Math.floor(rand() * 24)));
      else if (kind === 'skip') {
        const e = await openRelief(ctx.deps, c.id, daysAgoAt(3, 20));
        await recordStep(ctx.deps, systemActor(), e.id, { stepSeq: 1, evidence: [] });
        await recordStep(ctx.deps, systemActor(), e.id, { stepSeq: 3, evidence: [] });
      } else if (kind === 'complaint') {
        await submitComplaint(
          ctx.deps,
          { ip: `10.1.${i}.1`, requestId: 't' },
          { unitId: c.id, targetKind: 'organisation', targetText: '某事', content: '随机写入', anonymous: true },
        );
      }
    }
    const moduleKinds = [
      'case',
      'mediation',
      'fund',
      'fund',
      'request',
      'training',
      'activity',
      'verify',
      'deed',
      'resident',
      'move',
      'moveout',
    ];
    for (const kind of moduleKinds) await moduleWrite(kind, rand);
    for (let i = 0; i < 40; i++) await moduleWrite(moduleKinds[Math.floor(rand() * moduleKinds.length)], rand);
    expect(COUNTERS.length).toBeGreaterThanOrEqual(5);
    for (const def of COUNTERS) expect(await compareCounter(ctx.deps.db, def), def.code).toEqual([]);
    // the check is not vacuous: every counter holds cells
    const cells = await ctx.deps.db.selectFrom('indicator_rollups').select(['counter']).groupBy('counter').execute();
    expect(cells.map((c) => c.counter).sort()).toEqual(COUNTERS.map((c) => c.code).sort());
    const months = await ctx.deps.db
      .selectFrom('indicator_rollups_month')
      .select(['counter'])
      .groupBy('counter')
      .execute();
    expect(months.map((c) => c.counter).sort()).toEqual(COUNTERS.map((c) => c.code).sort());
  });

  it('a tampered cell is found, and a rebuild restores the exact recount', async () => {
    const def = COUNTERS[0];
    const cell = await ctx.deps.db
      .selectFrom('indicator_rollups')
      .selectAll()
      .where('counter', '=', def.code)
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .updateTable('indicator_rollups')
      .set({ value: cell.value + 5 })
      .where('counter', '=', def.code)
      .where('unit_id', '=', cell.unit_id)
      .where('day', '=', cell.day)
      .execute();
    expect(await compareCounter(ctx.deps.db, def)).toHaveLength(1);
    await ctx.deps.db.transaction().execute((trx) => rebuildCounters(trx, COUNTERS));
    for (const d of COUNTERS) expect(await compareCounter(ctx.deps.db, d)).toEqual([]);
  });

  it('a tampered month cell is found as well, and the rebuild restores it', async () => {
    const def = COUNTERS[0];
    const cell = await ctx.deps.db
      .selectFrom('indicator_rollups_month')
      .selectAll()
      .where('counter', '=', def.code)
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .updateTable('indicator_rollups_month')
      .set({ value: cell.value - 1 })
      .where('counter', '=', def.code)
      .where('unit_id', '=', cell.unit_id)
      .where('month', '=', cell.month)
      .execute();
    expect(await compareCounter(ctx.deps.db, def)).toEqual([
      { cell: `${cell.unit_id}|${cell.month}`, stored: cell.value - 1, recount: cell.value },
    ]);
    await ctx.deps.db.transaction().execute((trx) => rebuildCounters(trx, [def]));
    expect(await compareCounter(ctx.deps.db, def)).toEqual([]);
  });

  it('the upgrade to month cells fills the residents counter from the register and every month cell from the day cells', async () => {
    const db = ctx.deps.db as unknown as AnyDb;
    await ctx.deps.db.deleteFrom('indicator_rollups').where('counter', '=', RESIDENTS).execute();
    await ctx.deps.db.deleteFrom('indicator_rollups_month').execute();
    await backfillResidentCells(db);
    await fillMonthCells(db);
    expect(
      (await ctx.deps.db.selectFrom('indicator_rollups').select('unit_id').where('counter', '=', RESIDENTS).execute())
        .length,
    ).toBeGreaterThan(0);
    for (const d of COUNTERS) expect(await compareCounter(ctx.deps.db, d), d.code).toEqual([]);
  });

  it('a period cut across months (edge days from day cells, whole months from month cells) sums exactly what the day cells hold', async () => {
    const scope = systemActor().scope;
    const units = await ctx.deps.db.selectFrom('indicator_rollups').select(['counter', 'day', 'value']).execute();
    const periods = [
      ['2015-01-15', '2015-03-10'],
      ['2015-02-01', '2015-02-28'],
      ['2015-03-03', '2015-03-29'],
      ['2014-12-31', '2016-01-01'],
      ['2015-01-01', '2015-12-31'],
    ];
    for (const [from, to] of periods) {
      const rows = await sumPerCounterAndUnit(
        ctx.deps.db,
        COUNTERS.map((c) => c.code),
        scope,
        from,
        to,
      );
      for (const def of COUNTERS) {
        const expected = units
          .filter((u) => u.counter === def.code && u.day >= from && u.day <= to)
          .reduce((n, u) => n + Number(u.value), 0);
        const got = rows.filter((r) => r.counter === def.code).reduce((n, r) => n + r.value, 0);
        expect(got, `${def.code} ${from}..${to}`).toBe(expected);
      }
    }
  });
});
