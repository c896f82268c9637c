import { beforeAll, describe, expect, it } from 'vitest';
import { ORG_LIFE_KINDS, type TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, clientForUser, makeUser, type Client } from '../sessions.ts';
import { storedAndRecounted, randomBelow } from '../todos-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { recordMeeting } from '../../src/features/party-life/party-life.service.ts';
import { partyLifeTodoKinds } from '../../src/features/party-life/party-life.todos.ts';
import { openMeetingTodosJob } from '../../src/features/party-life/open-meeting-todos.job.ts';
import { createOrg, updateOrg } from '../../src/features/party-orgs/party-orgs.service.ts';
import { createUser, updateUser } from '../../src/features/users/users.service.ts';
import { addDays, localDay } from '../../src/platform/local-date.ts';

/**
 * party-life.meeting-due through the to-do centre: the month's 三会一课 owed by each branch, to its secretaries'
 * accounts; the meetings close it; the job on the 1st opens the next month's; and — with the clock fixed — random
 * workflows after which the open items always equal a recount.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const T0 = '2026-12-07T02:00:00.000Z'; // 2026-12-07 in Shanghai

describe('party-life to-do items', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let secretary: Client;
  let worker: Client;
  let otherSecretary: Client;
  let admin: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const list = async (c: Client) => readJson<TodoListView>(await c.get('/api/todos?kind=party-life.meeting-due'));
  const runJob = (key: string, at: string) =>
    openMeetingTodosJob.run(ctx.deps, {
      kind: openMeetingTodosJob.kind,
      key,
      scheduledFor: at,
      attempt: 1,
      now: () => new Date(at),
    });
  const meeting = (branchId: string, kind: (typeof ORG_LIFE_KINDS)[number], heldOn: string) => ({
    branchId,
    kind,
    heldOn,
    topic: '学习',
    due: 10,
    present: 8,
    minutes: '',
    photos: [],
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T0);
    fx = await buildFixture(ctx.deps);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    otherSecretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[1].id);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
  });

  it("goes to the branch secretary, closes when the month's meetings are held, and reopens on the 1st", async () => {
    // a branch with no secretary's account has no item: community staff and administrators never get one
    for (const c of [secretary, worker, otherSecretary, admin]) expect((await list(c)).total).toBe(0);

    // linking a secretary's account gives them their branch's item, personally
    const user = await makeUser(ctx.deps, 'branch_secretary', c0().id);
    await updateUser(ctx.deps, systemActor(), user.id, { partyBranchId: c0().branchId });
    const branchSecretary = await clientForUser(ctx.app, ctx.deps, user.id, user.username);
    const other = await clientFor(ctx.app, ctx.deps, 'branch_secretary', c0().id); // of no branch
    const items = (await list(branchSecretary)).items;
    expect(items.map((i) => [i.kind, i.ref, i.mine, i.dueAt, i.link])).toEqual([
      [
        'party-life.meeting-due',
        '甲一第一支部',
        true,
        '2026-12-31T16:00:00.000Z',
        `/party-life?year=2026&branch=${c0().branchId}`,
      ],
    ]);
    for (const c of [secretary, worker, otherSecretary, admin, other]) expect((await list(c)).total).toBe(0);
    await updateOrg(ctx.deps, systemActor(), c0().branchId, { name: '甲一社区第一党支部' });
    expect((await list(branchSecretary)).items.map((i) => i.ref)).toEqual(['甲一社区第一党支部']);

    // the monthly meetings (branch committee, Party group, theme day) close it; the quarterly lecture does not
    const record = async (kind: (typeof ORG_LIFE_KINDS)[number]) => {
      const res = await branchSecretary.post('/api/party-life/meetings', meeting(c0().branchId, kind, '2026-12-03'));
      expect(res.statusCode, res.body).toBe(200);
    };
    await record('committee_meeting');
    await record('party_lecture');
    await record('group_meeting');
    expect((await list(branchSecretary)).items.map((i) => i.urgency)).toEqual(['normal']);
    ctx.deps.clock.set('2026-12-20T02:00:00.000Z');
    expect((await list(branchSecretary)).items.map((i) => i.urgency)).toEqual(['yellow']);
    await record('theme_day');
    expect((await list(branchSecretary)).total).toBe(0);

    // the 1st: the job opens January's items
    const first = '2026-12-31T16:10:00.000Z'; // 00:10 on 2027-01-01 in Shanghai
    ctx.deps.clock.set(first);
    await runJob(fx.subdistricts[0].id, first);
    const jan = await list(branchSecretary);
    expect(jan.items.map((i) => [i.mine, i.dueAt])).toEqual([[true, '2027-01-31T16:00:00.000Z']]);
    ctx.deps.clock.set(T0);
  });

  it('keeps the open items equal to a recount through random workflows (fixed clock)', async () => {
    const deps = ctx.deps;
    const sd = fx.subdistricts[1];
    const sys = systemActor();
    const rand = randomBelow(53);
    let t = Date.parse('2026-12-18T02:00:00.000Z');
    deps.clock.set(new Date(t));
    const branches = sd.communities.map((c) => ({ id: c.branchId, community: c }));
    const secretaries: { id: string; community: (typeof sd.communities)[number] }[] = [];
    const steps: string[] = [];
    for (let step = 0; step < 70; step++) {
      const today = localDay(new Date(t));
      const pick = rand(12);
      if (pick <= 3) {
        const b = branches[rand(branches.length)] as (typeof branches)[number];
        const kind = ORG_LIFE_KINDS[rand(ORG_LIFE_KINDS.length)] as (typeof ORG_LIFE_KINDS)[number];
        await recordMeeting(deps, sys, meeting(b.id, kind, addDays(today, -rand(10))));
        steps.push('meeting');
      } else if (pick === 4) {
        const c = sd.communities[rand(2)] as (typeof sd.communities)[number];
        const b = await createOrg(deps, sys, {
          parentId: c.partyOrgId,
          kind: 'branch',
          category: 'community',
          name: `新支部${step}`,
          territoryId: c.id,
        });
        branches.push({ id: b.id, community: c });
        steps.push('branch');
      } else if (pick === 5) {
        await updateOrg(deps, sys, (branches[rand(branches.length)] as (typeof branches)[number]).id, {
          name: `更名支部${step}`,
        });
        steps.push('rename');
      } else if (pick <= 8) {
        const b = branches[rand(branches.length)] as (typeof branches)[number];
        if (secretaries.length === 0 || rand(3) === 0) {
          // an account created already linked to a branch, or created bare and linked below
          const linked = rand(2) === 0;
          const id = linked
            ? (
                await createUser(deps, sys, {
                  username: `branch-${step}`,
                  displayName: '支部书记',
                  role: 'branch_secretary',
                  scopeUnitId: b.community.id,
                  partyBranchId: b.id,
                })
              ).id
            : (await makeUser(deps, 'branch_secretary', b.community.id)).id;
          secretaries.push({ id, community: b.community });
          steps.push(linked ? 'account linked' : 'account');
        }
        const s = secretaries[rand(secretaries.length)] as (typeof secretaries)[number];
        const mine = branches.filter((x) => x.community.id === s.community.id);
        const change = rand(4);
        await updateUser(
          deps,
          sys,
          s.id,
          change === 0
            ? { partyBranchId: null }
            : change === 1
              ? { disabled: rand(2) === 0 }
              : { partyBranchId: (mine[rand(mine.length)] as (typeof branches)[number]).id },
        );
        steps.push(['unlink', 'disable', 'link', 'link'][change] as string);
      } else {
        const month = today.slice(0, 7);
        t += (1 + rand(120)) * 3_600_000;
        deps.clock.set(new Date(t));
        if (localDay(new Date(t)).slice(0, 7) !== month) await runJob(sd.id, new Date(t).toISOString());
        steps.push('time');
      }
      const { stored, recounted } = await storedAndRecounted(deps, new Date(t).toISOString(), {
        kinds: partyLifeTodoKinds,
        subdistrictId: sd.id,
      });
      expect(stored, `after steps ${steps.join(', ')}`).toEqual(recounted);
    }
    expect(localDay(new Date(t)) > '2027-01-15').toBe(true);
    for (const kind of [
      'meeting',
      'branch',
      'rename',
      'account',
      'account linked',
      'link',
      'unlink',
      'disable',
      'time',
    ])
      expect(steps, kind).toContain(kind);
    deps.clock.set(T0);
  });
});
