import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, makeUser, type Client } from '../sessions.ts';
import { caseBody } from '../grid-support.ts';
import { startWeComStandIn, type WeComStandIn } from '../stand-ins/index.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { assignPost } from '../../src/features/grid/posts.service.ts';
import { actOnCase, createCase } from '../../src/features/grid/cases.write.service.ts';
import { cutoffReminders } from '../../src/features/grid/cutoff-reminders.ts';
import { createRobot } from '../../src/features/messages/robots.service.ts';
import { deliveryJob } from '../../src/features/messages/deliver.job.ts';
import { remindSubdistrict } from '../../src/features/todos/reminders.ts';
import { ALL_JOBS, SERVER_MODULES } from '../../src/modules.ts';

/**
 * Reminders: the daily report's before and after the cut-off, and the to-do items' opening, yellow and red — each
 * told once, to the right people, in the app and (counts only) to the community's WeCom group through the stand-in.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('reminders', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let wecom: WeComStandIn;
  let reporter: Client;
  let late: Client;
  let secretary: Client;
  let admin: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const sd = () => fx.subdistricts[0];
  const messagesOf = (userId: string) =>
    ctx.deps.db
      .selectFrom('messages')
      .select(['kind', 'title_zh', 'body_zh', 'link'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
  const deliver = () =>
    (ALL_JOBS.find((j) => j.kind === 'messages.deliver') ?? deliveryJob()).run(ctx.deps, {
      kind: 'messages.deliver',
      key: 'all',
      scheduledFor: ctx.deps.clock.now().toISOString(),
      attempt: 1,
      now: () => ctx.deps.clock.now(),
    });

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set('2026-12-07T01:00:00.000Z'); // 09:00 in Shanghai
    fx = await buildFixture(ctx.deps);
    wecom = await startWeComStandIn();
    reporter = await clientFor(ctx.app, ctx.deps, 'grid_worker', c0().grids[0].id);
    late = await clientFor(ctx.app, ctx.deps, 'grid_worker', c0().grids[1].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', sd().id);
    for (const [c, g] of [
      [reporter, c0().grids[0].id],
      [late, c0().grids[1].id],
    ] as const)
      await assignPost(ctx.deps, systemActor(), { gridId: g, userId: c.userId, post: 'specialist' });
    await createRobot(ctx.deps, systemActor(), {
      unitId: c0().id,
      platform: 'wecom',
      name: '秦江社区工作群',
      webhookUrl: wecom.url,
      secret: null,
      kinds: ['grid.cutoff-reminder', 'grid.missing-reports', 'grid.case-escalated', 'grid.case-warning'],
      enabled: true,
    });
  });
  afterAll(() => wecom.close());

  it('reminds the specialists who have not reported before the cut-off, and lists the missing grids after it, once', async () => {
    expect((await cutoffReminders(ctx.deps, sd().id, '2026-12-07T08:00:00.000Z')).phase).toBeNull(); // 16:00
    ctx.deps.clock.set('2026-12-07T08:35:00.000Z'); // 16:35
    const r = await reporter.post('/api/grid/reports', {
      gridId: c0().grids[0].id,
      zero: true,
      items: [],
      idempotencyKey: crypto.randomUUID(),
    });
    expect(r.statusCode, r.body).toBe(200);
    for (let i = 0; i < 2; i++) await cutoffReminders(ctx.deps, sd().id, '2026-12-07T08:35:00.000Z');
    expect(await messagesOf(reporter.userId)).toEqual([]);
    const reminded = await messagesOf(late.userId);
    expect(reminded.map((m) => [m.kind, m.link])).toEqual([['grid.cutoff-reminder', '/grid/today']]);
    expect(reminded[0]?.title_zh).toContain('17:00');

    for (const at of ['2026-12-07T09:05:00.000Z', '2026-12-07T09:20:00.000Z'])
      await cutoffReminders(ctx.deps, sd().id, at);
    const missing = await messagesOf(secretary.userId);
    expect(missing.map((m) => m.kind)).toEqual(['grid.missing-reports']);
    expect(missing[0]?.body_zh).toContain('（1人未报）');
    expect(missing[0]?.title_zh).toContain('1 个');
    expect(await messagesOf(admin.userId)).toEqual([]); // the community's list, not the subdistrict's

    ctx.deps.clock.set('2026-12-07T09:30:00.000Z');
    await deliver();
    const posted = wecom.delivered.map((d) => d.content);
    expect(posted).toHaveLength(2);
    expect(posted[0]).toContain('1 个网格');
    for (const text of posted) {
      expect(text).not.toContain(late.username);
      expect(text).toContain('http'); // a link to the console
    }
  });

  it('tells the receiving unit of an escalation, then yellow and red to the holder and the level above, each once', async () => {
    ctx.deps.clock.set('2026-12-08T01:00:00.000Z');
    const c = await createCase(ctx.deps, systemActor(), caseBody(c0().grids[0].id) as never);
    await remindSubdistrict(ctx.deps, kindsWithReminders(), sd().id, '2026-12-08T01:00:00.000Z', 'r1');
    expect((await messagesOf(secretary.userId)).filter((m) => m.kind.startsWith('grid.case'))).toEqual([]);

    await actOnCase(ctx.deps, systemActor(), c.id, { action: 'escalate', note: '需社区协调' });
    for (const run of ['r2', 'r3'])
      await remindSubdistrict(ctx.deps, kindsWithReminders(), sd().id, '2026-12-08T01:05:00.000Z', run);
    const told = async (userId: string) =>
      (await messagesOf(userId)).filter((m) => m.kind.startsWith('grid.case')).map((m) => [m.kind, m.title_zh]);
    expect(await told(secretary.userId)).toEqual([['grid.case-escalated', '待受理的矛盾纠纷：1件新增']]);

    // community accept limit 48 h: yellow after two thirds (32 h), red at 48 h
    await remindSubdistrict(ctx.deps, kindsWithReminders(), sd().id, '2026-12-09T10:00:00.000Z', 'r4');
    await remindSubdistrict(ctx.deps, kindsWithReminders(), sd().id, '2026-12-10T02:00:00.000Z', 'r5');
    await remindSubdistrict(ctx.deps, kindsWithReminders(), sd().id, '2026-12-10T03:00:00.000Z', 'r6');
    expect(await told(secretary.userId)).toEqual([
      ['grid.case-escalated', '待受理的矛盾纠纷：1件新增'],
      ['grid.case-warning', '待受理的矛盾纠纷：1件即将到期'],
      ['grid.case-warning', '待受理的矛盾纠纷：1件已超时'],
    ]);
    expect(await told(admin.userId)).toEqual([['grid.case-warning', '下级待受理的矛盾纠纷：1件已超时']]);
    ctx.deps.clock.set('2026-12-10T03:00:00.000Z');
    await deliver();
    const posted = wecom.delivered.slice(2).map((d) => d.content);
    expect(posted.join('\n')).toContain('待受理的矛盾纠纷');
    expect(posted.join('\n')).not.toContain('张三'); // parties never reach a group // parties never reach a group
  });

  it('announces new alerts to inspectors in the app only', async () => {
    const inspector = await makeUser(ctx.deps, 'inspector', sd().id);
    const { alertToAcknowledgeKind } = await import('../../src/features/integrity/integrity.todos.ts');
    const before = await ctx.deps.db.selectFrom('outbound_messages').select('id').execute();
    // two alerts on the same power item: one digest naming it once, with the count
    for (let i = 0; i < 2; i++)
      await ctx.deps.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('todo_items')
          .values({
            id: crypto.randomUUID(),
            kind: alertToAcknowledgeKind.kind,
            subject_id: crypto.randomUUID(),
            subdistrict_id: sd().id,
            unit_id: sd().id,
            unit_path: sd().path,
            assignee_id: null,
            permission: 'alert:handle',
            ref: 'QL-001',
            params: '{}',
            link: '/integrity/alerts',
            due_at: null,
            yellow_at: null,
            red_at: null,
            urgent_at: null,
            reminded: null,
            created_at: '2026-12-10T03:00:00.000Z',
            updated_at: '2026-12-10T03:00:00.000Z',
          })
          .execute();
      });
    await remindSubdistrict(ctx.deps, kindsWithReminders(), sd().id, '2026-12-10T03:10:00.000Z', 'r7');
    const told = await messagesOf(inspector.id);
    expect(told.map((m) => [m.kind, m.title_zh, m.body_zh])).toEqual([
      ['integrity.alert-new', '新的权力运行预警：2件新增', 'QL-001（2）'],
    ]);
    expect(await ctx.deps.db.selectFrom('outbound_messages').select('id').execute()).toHaveLength(before.length);
  });
});

const kindsWithReminders = () => SERVER_MODULES.flatMap((m) => m.todos ?? []);
