import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { recordMeeting } from '../../src/features/party-life/party-life.service.ts';
import { recordDeed } from '../../src/features/good-deeds/good-deeds.service.ts';
import { createPairing, logContact } from '../../src/features/pairing/pairing.service.ts';
import { createActivity, createTeam, myActivities } from '../../src/features/volunteering/volunteering.service.ts';
import { addDays } from '../../src/platform/local-date.ts';
import { AppError } from '../../src/platform/errors.ts';
import { createWorker } from '../../src/features/workers/workers.service.ts';

/**
 * One clock: every module takes "now" from `deps.clock` and "today" from the subdistrict's calendar
 * (platform/local-date.ts). At 23:30 UTC it is already 07:30 the next day in Shanghai: grid, territory, the
 * home dashboard, Party life, good deeds, pairing and volunteering must all name that next day.
 */
describe('one clock at 23:30 UTC (07:30 the next day in Shanghai)', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  let fx: Fixture;
  let admin: Client;
  // Yesterday's UTC date at 23:30 UTC: the local day is today's UTC date, so it is never a day that has not come.
  const utcDay = addDays(new Date().toISOString().slice(0, 10), -1);
  const localDay = addDays(utcDay, 1);
  const c0 = () => fx.subdistricts[0].communities[0];
  const system = systemActor();

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    ctx.deps.clock.set(`${utcDay}T23:30:00.000Z`);
  });
  afterAll(() => ctx.deps.clock.set(undefined));

  it("grid, territory, the home dashboard and a new worker's first day name the same day", async () => {
    const grid = readJson<{ date: string }>(await admin.get('/api/grid/compliance'));
    const territory = readJson<{ at: string }>(await admin.get('/api/territory/units'));
    const home = readJson<{ at: string }>(await admin.get('/api/dashboard/home'));
    expect({ grid: grid.date, territory: territory.at, home: home.at }).toEqual({
      grid: localDay,
      territory: localDay,
      home: localDay,
    });
    const worker = await createWorker(ctx.deps, system, {
      name: '社区工作者',
      unitId: c0().id,
      post: '网格员',
      origin: 'resident',
      isFirstSecretary: false,
    });
    expect(worker).toMatchObject({ joinedOn: localDay });
  });

  it('Party life, good deeds, pairing take records of that day and refuse the next; volunteering lists activities from that day', async () => {
    const meeting = {
      branchId: c0().branchId,
      kind: 'theme_day' as const,
      topic: '主题党日',
      due: 8,
      present: 8,
      minutes: '',
      photos: [],
    };
    await expect(recordMeeting(ctx.deps, system, { ...meeting, heldOn: localDay })).resolves.toMatchObject({
      heldOn: localDay,
    });
    await expect(recordMeeting(ctx.deps, system, { ...meeting, heldOn: addDays(localDay, 1) })).rejects.toThrow(
      AppError,
    );

    const deed = { communityId: c0().id, doerKind: 'volunteer' as const, doerName: '志愿者甲', beneficiary: '居民' };
    await expect(
      recordDeed(ctx.deps, system, { ...deed, doneOn: localDay, description: '修理水管' }),
    ).resolves.toBeDefined();

    const pairing = await createPairing(ctx.deps, system, {
      communityId: c0().id,
      helperRole: 'cadre',
      helperName: '党员干部甲',
      targetKind: 'unit',
      targetName: '辖区单位',
      startedOn: '2015-01-01',
    });
    await expect(
      logContact(ctx.deps, system, pairing.id, { contactedOn: localDay, kind: 'visit', note: '入户走访', photos: [] }),
    ).resolves.toBeDefined();

    const team = await createTeam(ctx.deps, system, {
      communityId: c0().id,
      name: '志愿服务队',
      leaderName: '队长甲',
      foundedOn: '2015-01-01',
    });
    const activity = { teamId: team.id, theme: 'dangqi_hong' as const, place: '社区广场', capacity: 10 };
    await createActivity(ctx.deps, system, { ...activity, title: '昨天的活动', heldOn: utcDay });
    await createActivity(ctx.deps, system, { ...activity, title: '今天的活动', heldOn: localDay });
    const upcoming = (await myActivities(ctx.deps, system)).items.map((a) => a.title);
    expect(upcoming).toContain('今天的活动');
    expect(upcoming).not.toContain('昨天的活动');
  });
});
