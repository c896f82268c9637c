import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { installIntegrity } from '../integrity-support.ts';
import { storedAndRecounted, randomBelow } from '../todos-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { closeExercise, openExercise, recordStep } from '../../src/features/integrity/exercises.write.service.ts';
import { actOnAlert, detectNow } from '../../src/features/integrity/alerts.service.ts';
import { actOnComplaint } from '../../src/features/integrity/complaints.service.ts';
import { submitComplaint } from '../../src/features/integrity/complaints.public.service.ts';
import { integrityTodoKinds } from '../../src/features/integrity/integrity.todos.ts';

/**
 * The inspectors' to-do items (integrity.todos.ts): alerts to acknowledge and complaints received, at the
 * subdistrict's inspectors' post; the work closes them; and — with the clock fixed — random workflows after which
 * the open items always equal a recount.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

const T0 = '2026-12-07T02:00:00.000Z';

describe('integrity to-do items', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let inspector: Client;
  let otherInspector: Client;
  let admin: Client;
  let secretary: Client;
  const c0 = () => fx.subdistricts[0].communities[0];
  const list = async (c: Client) => readJson<TodoListView>(await c.get('/api/todos'));
  const kinds = (l: TodoListView) => l.items.map((i) => `${i.kind}:${i.ref}`);

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T0);
    fx = await buildFixture(ctx.deps);
    await installIntegrity(ctx.deps, fx);
    inspector = await clientFor(ctx.app, ctx.deps, 'inspector', fx.subdistricts[0].id);
    otherInspector = await clientFor(ctx.app, ctx.deps, 'inspector', fx.subdistricts[1].id);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
  });

  it("puts a new alert on the subdistrict inspectors' list until one acknowledges it", async () => {
    const sys = systemActor();
    const e = await openExercise(ctx.deps, sys, {
      unitId: c0().id,
      itemCode: 'T-RELIEF',
      title: '临时救助（测试）',
      openedAt: '2026-12-06T02:00:00.000Z',
    });
    await recordStep(ctx.deps, sys, e.id, { stepSeq: 1, evidence: [] });
    expect((await list(inspector)).total).toBe(0);
    await recordStep(ctx.deps, sys, e.id, { stepSeq: 3, evidence: [] }); // step 2 skipped, 1 and 3 by one hand
    const items = (await list(inspector)).items;
    expect(items.map((i) => [i.kind, i.ref, i.mine, i.dueAt, i.link])).toEqual([
      ['integrity.alert-to-acknowledge', 'T-RELIEF', false, null, '/integrity/alerts'],
      ['integrity.alert-to-acknowledge', 'T-RELIEF', false, null, '/integrity/alerts'],
    ]);
    for (const c of [otherInspector, admin, secretary]) expect((await list(c)).total).toBe(0);

    const alerts = await ctx.deps.db
      .selectFrom('supervision_alerts')
      .select('id')
      .where('exercise_id', '=', e.id)
      .execute();
    for (const a of alerts) {
      const ack = await inspector.post(`/api/integrity/alerts/${a.id}/actions`, {
        action: 'acknowledge',
        note: '已收到预警',
      });
      expect(ack.statusCode, ack.body).toBe(200);
      expect((await list(inspector)).total).toBe(alerts.length - 1 - alerts.indexOf(a));
    }
    expect((await list(inspector)).total).toBe(0);
  });

  it('puts a complaint on the list without its content or complainant until it is taken up', async () => {
    const submit = (payload: object) =>
      ctx.app.inject({ method: 'POST', url: '/api/public/complaints', payload: payload as never });
    const named = await submit({
      unitId: c0().id,
      targetKind: 'person',
      targetText: '某社区工作人员',
      content: '反映办理低保时索要好处费',
      anonymous: false,
      name: '王实名',
      contact: '13912345678',
    });
    expect(named.statusCode, named.body).toBe(200);
    await submit({ unitId: c0().id, targetKind: 'item', targetText: '事项', content: '匿名反映', anonymous: true });
    const l = await list(inspector);
    expect(kinds(l)).toEqual(['integrity.complaint-received:甲一社区', 'integrity.complaint-received:甲一社区']);
    expect(JSON.stringify(l.items)).not.toMatch(/王实名|13912345678|好处费|某社区工作人员|匿名反映/);
    for (const c of [otherInspector, admin, secretary]) expect((await list(c)).total).toBe(0);

    const rows = await ctx.deps.db.selectFrom('complaints').select('id').where('unit_id', '=', c0().id).execute();
    expect(
      (
        await inspector.post(`/api/integrity/complaints/${rows[0]?.id}/actions`, {
          action: 'reply',
          note: '已收到您的反映',
        })
      ).statusCode,
    ).toBe(200);
    expect((await list(inspector)).total).toBe(2); // a reply does not take it up
    expect(
      (
        await inspector.post(`/api/integrity/complaints/${rows[0]?.id}/actions`, {
          action: 'accept',
          note: '予以受理核查',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await inspector.post(`/api/integrity/complaints/${rows[1]?.id}/actions`, {
          action: 'dismiss',
          note: '不属于受理范围',
        })
      ).statusCode,
    ).toBe(200);
    expect((await list(inspector)).total).toBe(0);
  });

  it('keeps the open items equal to a recount through random workflows (fixed clock)', async () => {
    const deps = ctx.deps;
    const sd = fx.subdistricts[1];
    const sys = systemActor();
    const rand = randomBelow(41);
    let t = Date.parse('2026-12-08T01:00:00.000Z');
    deps.clock.set(new Date(t));
    const exercises: string[] = [];
    const alerts = async () =>
      (
        await deps.db
          .selectFrom('supervision_alerts')
          .select('id')
          .where('exercise_id', 'in', ['', ...exercises])
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
    const complaints: string[] = [];
    const steps: string[] = [];
    const conflict = (e: { code?: string }) => {
      // refused moves (a step recorded twice, an illegal transition) change nothing
      if (!['CONFLICT', 'VALIDATION', 'DUPLICATE'].includes(e.code ?? '')) throw e;
    };
    for (let step = 0; step < 60; step++) {
      const now = new Date(t).toISOString();
      const pick = rand(11);
      if (pick === 0 || exercises.length === 0) {
        const c = sd.communities[rand(2)] as (typeof sd.communities)[number];
        const openedAt = new Date(t - rand(20) * 86_400_000).toISOString();
        exercises.push(
          (await openExercise(deps, sys, { unitId: c.id, itemCode: 'T-RELIEF', title: '测试', openedAt })).id,
        );
        steps.push('open');
      } else if (pick <= 2) {
        const id = exercises[rand(exercises.length)] as string;
        await recordStep(deps, sys, id, { stepSeq: 1 + rand(3), doneAt: now, evidence: [] }).catch(conflict);
        steps.push('step');
      } else if (pick === 3) {
        await closeExercise(deps, sys, exercises[rand(exercises.length)] as string, { closedAt: now }).catch(conflict);
        steps.push('close');
      } else if (pick === 4) {
        await detectNow(deps, sys, { unitId: sd.id });
        steps.push('detect');
      } else if (pick <= 6) {
        const all = await alerts();
        if (all.length > 0) {
          const action = (['acknowledge', 'note', 'close'] as const)[rand(3)] as 'close';
          await actOnAlert(deps, sys, all[rand(all.length)] as string, {
            action,
            note: '调查处理记录',
            ...(action === 'close' ? { finding: 'unsubstantiated' as const } : {}),
          }).catch(conflict);
          steps.push(`alert ${action}`);
        }
      } else if (pick === 7) {
        const c = sd.communities[rand(2)] as (typeof sd.communities)[number];
        await submitComplaint(
          deps,
          { ip: `10.0.0.${step}`, requestId: 'test' },
          {
            unitId: rand(3) === 0 ? sd.id : c.id,
            targetKind: 'item',
            targetText: '事项',
            content: '内容',
            anonymous: true,
          },
        );
        complaints.push(
          (
            await deps.db
              .selectFrom('complaints')
              .select('id')
              .orderBy('created_at', 'desc')
              .orderBy('id', 'desc')
              .executeTakeFirstOrThrow()
          ).id,
        );
        steps.push('complaint');
      } else if (pick <= 9 && complaints.length > 0) {
        const action = (['accept', 'note', 'reply', 'conclude', 'dismiss'] as const)[rand(5)] as 'accept';
        await actOnComplaint(deps, sys, complaints[rand(complaints.length)] as string, {
          action,
          note: '调查处理记录',
        }).catch(conflict);
        steps.push(`complaint ${action}`);
      } else {
        t += (1 + rand(72)) * 3_600_000;
        deps.clock.set(new Date(t));
        steps.push('time');
      }
      const { stored, recounted } = await storedAndRecounted(deps, new Date(t).toISOString(), {
        kinds: integrityTodoKinds,
        subdistrictId: sd.id,
      });
      expect(stored, `after steps ${steps.join(', ')}`).toEqual(recounted);
    }
    expect((await alerts()).length).toBeGreaterThan(3);
    expect(steps.filter((s) => s.startsWith('alert acknowledge')).length).toBeGreaterThan(0);
    expect(steps.filter((s) => s === 'complaint').length).toBeGreaterThan(2);
    deps.clock.set(T0);
  });
});
