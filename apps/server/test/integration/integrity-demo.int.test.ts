import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor } from '../sessions.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';

/** The demo power list: 22 items marked 演示, piloted in 南寨 and 秦江, exercises with a skipped step and an overdue one, one anonymous report. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('demo data: the power list of 秦岭路街道', () => {
  let ctx: Ctx;
  const unitNamed = async (name: string) =>
    (await ctx.deps.db.selectFrom('org_units').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await seedDemo(ctx.deps)).toBe(true);
  });

  it('22 items, all marked as demo content; 南寨村 and 秦江社区 are the pilots with all 22, a few items elsewhere', async () => {
    const inspector = await clientFor(ctx.app, ctx.deps, 'inspector', await unitNamed('秦岭路街道'));
    const items = readJson<{ items: { demo: boolean; policyBasis: string }[] }>(
      await inspector.get('/api/integrity/items'),
    );
    expect(items.items).toHaveLength(22);
    expect(items.items.every((i) => i.demo && i.policyBasis.endsWith('（演示）'))).toBe(true);
    const rollout = readJson<{ items: { unitName: string; pilot: boolean; enabled: number }[] }>(
      await inspector.get('/api/integrity/rollout'),
    );
    expect(
      rollout.items
        .filter((u) => u.pilot)
        .map((u) => u.unitName)
        .sort(),
    ).toEqual(['南寨村', '秦江社区'].sort());
    expect(rollout.items.filter((u) => !u.pilot && u.enabled > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('the seeded exercises raised alerts for the skipped step and the overdue payment; the anonymous report waits for inspectors', async () => {
    const inspector = await clientFor(ctx.app, ctx.deps, 'inspector', await unitNamed('秦岭路街道'));
    const alerts = readJson<{ items: { kind: string; unitName: string }[] }>(
      await inspector.get('/api/integrity/alerts?pageSize=50'),
    );
    expect(alerts.items.some((a) => a.kind === 'skipped_step' && a.unitName === '秦江社区')).toBe(true);
    expect(alerts.items.some((a) => a.kind === 'exercise_overdue' && a.unitName === '南寨村')).toBe(true);
    // Records entered afterwards are judged as of their own dates: the clean, back-dated exercise raised nothing.
    const clean = await ctx.deps.db
      .selectFrom('power_exercises')
      .select('id')
      .where('title', '=', '低保申请审核：3号院住户（演示）')
      .executeTakeFirstOrThrow();
    const cleanAlerts = await ctx.deps.db
      .selectFrom('supervision_alerts')
      .select('kind')
      .where('exercise_id', '=', clean.id)
      .execute();
    expect(cleanAlerts).toEqual([]);
    const complaints = readJson<{ items: { anonymous: boolean }[] }>(await inspector.get('/api/integrity/complaints'));
    expect(complaints.items).toEqual([expect.objectContaining({ anonymous: true, status: 'received' })]);
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', await unitNamed('秦江社区'));
    expect((await secretary.get('/api/integrity/complaints')).statusCode).toBe(403);
    const board = readJson<{ items: unknown[] }>(
      await ctx.app.inject({ method: 'GET', url: `/api/public/power-list/${await unitNamed('南寨村')}` }),
    );
    expect(board.items).toHaveLength(22);
  });
});
