import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, type Client } from '../sessions.ts';
import { storedAndRecounted, randomBelow } from '../todos-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createPairing, logContact, setRules } from '../../src/features/pairing/pairing.service.ts';
import { pairingTodoKinds } from '../../src/features/pairing/pairing.todos.ts';
import { addDays, localDay } from '../../src/platform/local-date.ts';

/**
 * pairing.contact-overdue through the to-do centre: the next contact a pairing owes, to the helper's account or the
 * community's post; a contact moves it on; and — with the clock fixed — random workflows after which the open items
 * always equal a recount.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const T0 = '2026-12-07T02:00:00.000Z'; // 10:00 on 2026-12-07 in Shanghai

describe('pairing to-do items', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let secretary: Client;
  let otherSecretary: Client;
  let worker: Client;
  let leader: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const list = async (c: Client) => readJson<TodoListView>(await c.get('/api/todos?kind=pairing.contact-overdue'));

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T0);
    fx = await buildFixture(ctx.deps);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    otherSecretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[1].id);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    leader = await clientFor(ctx.app, ctx.deps, 'subdistrict_leader', fx.subdistricts[0].id);
  });

  it("goes to the community's post, or to the helper's own account, and a contact moves it on", async () => {
    const byName = await secretary.post('/api/pairing/pairs', {
      communityId: c0().id,
      helperRole: 'cadre',
      helperName: '党员干部甲',
      targetKind: 'needy_resident',
      targetResidentId: c0().grids[0].residentIds[0],
      targetName: '困难户',
      startedOn: '2026-12-01',
    });
    expect(byName.statusCode, byName.body).toBe(200);
    const post = await list(secretary);
    expect(post.items.map((i) => [i.mine, i.urgency, i.dueAt, i.link])).toEqual([
      [false, 'normal', '2027-01-01T16:00:00.000Z', '/pairing'], // the end of 2027-01-01, 31 days on
    ]);
    // no personal data in the item: neither the helper's nor the target's name
    expect(JSON.stringify(post.items)).not.toMatch(/党员干部甲|困难户/);
    expect((await list(otherSecretary)).total).toBe(0);
    expect((await list(worker)).total).toBe(0); // reads pairings, does not pair
    expect((await list(leader)).total).toBe(0); // another unit

    const own = readJson<{ id: string }>(
      await leader.post('/api/pairing/pairs', {
        communityId: c0().id,
        helperRole: 'leader',
        helperName: '班子成员乙',
        helperUserId: leader.userId,
        targetKind: 'unit',
        targetName: '辖区企业',
        startedOn: '2026-10-01',
      }),
    );
    const mine = await list(leader);
    expect(mine.items.map((i) => [i.mine, i.urgency])).toEqual([[true, 'overdue']]);
    expect((await list(secretary)).total).toBe(1); // the leader's own pairing is not the post's

    const contact = await leader.post(`/api/pairing/pairs/${own.id}/contacts`, {
      contactedOn: '2026-12-07',
      kind: 'visit',
      note: '走访',
      photos: [],
    });
    expect(contact.statusCode, contact.body).toBe(200);
    const after = await list(leader);
    expect(after.items.map((i) => [i.urgency, i.dueAt])).toEqual([['normal', '2027-01-07T16:00:00.000Z']]);

    ctx.deps.clock.set('2027-01-02T02:00:00.000Z');
    expect((await list(leader)).items[0]?.urgency).toBe('yellow'); // a week before
    expect((await list(secretary)).items[0]?.urgency).toBe('overdue');
    ctx.deps.clock.set(T0);
  });

  it('keeps the open items equal to a recount through random workflows (fixed clock)', async () => {
    const deps = ctx.deps;
    const sd = fx.subdistricts[1];
    const sys = systemActor();
    const helpers = [null, (await makeUser(deps, 'subdistrict_leader', sd.id)).id];
    for (const c of sd.communities) helpers.push((await makeUser(deps, 'branch_secretary', c.id)).id);
    const rand = randomBelow(29);
    let t = Date.parse('2026-12-08T01:00:00.000Z');
    deps.clock.set(new Date(t));
    const pairs: { id: string; startedOn: string }[] = [];
    const steps: string[] = [];
    for (let step = 0; step < 50; step++) {
      const day = localDay(new Date(t));
      const pick = rand(8);
      if (pick <= 2 || pairs.length === 0) {
        const c = sd.communities[rand(2)] as (typeof sd.communities)[number];
        const helper = helpers[rand(helpers.length)] ?? undefined;
        const startedOn = addDays(day, -rand(90));
        const p = await createPairing(deps, sys, {
          communityId: c.id,
          helperRole: (['leader', 'branch_secretary', 'cadre'] as const)[rand(3)] as 'leader',
          helperName: '帮扶人',
          ...(helper ? { helperUserId: helper } : {}),
          targetKind: 'household',
          targetName: '帮扶对象',
          startedOn,
        });
        pairs.push({ id: p.id, startedOn });
        steps.push('pair');
      } else if (pick <= 4) {
        const p = pairs[rand(pairs.length)] as { id: string; startedOn: string };
        const span = Math.max(0, Math.round((Date.parse(day) - Date.parse(p.startedOn)) / 86_400_000));
        await logContact(deps, sys, p.id, {
          contactedOn: addDays(p.startedOn, rand(span + 1)),
          kind: 'call',
          note: '电话联系',
          photos: [],
        });
        steps.push('contact');
      } else if (pick === 5) {
        await setRules(deps, sys, [
          {
            helperRole: (['leader', 'branch_secretary', 'cadre'] as const)[rand(3)] as 'leader',
            minTargets: 2,
            contactDays: 7 + rand(40),
          },
        ]);
        steps.push('rules');
      } else {
        t += (1 + rand(96)) * 3_600_000;
        deps.clock.set(new Date(t));
        steps.push('time');
      }
      const { stored, recounted } = await storedAndRecounted(deps, new Date(t).toISOString(), {
        kinds: pairingTodoKinds,
        subdistrictId: sd.id,
      });
      expect(stored, `after steps ${steps.join(', ')}`).toEqual(recounted);
    }
    expect(pairs.length).toBeGreaterThan(5);
    expect(new Set(steps).size).toBe(4);
    deps.clock.set(T0);
  });
});
