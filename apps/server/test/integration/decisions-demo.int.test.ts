import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, readJson } from '../harness.ts';
import { clientFor } from '../sessions.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';

/** The demo subdistrict computes the article's figure back from detail records: 110+ problems solved through deliberation in 2015. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Tally {
  opened: number;
  solved: number;
  perUnit: { name: string; solved: number }[];
}

describe('demo data: the deliberation hall of 秦岭路街道', () => {
  let ctx: Ctx;
  const unitNamed = async (name: string) =>
    (await ctx.deps.db.selectFrom('org_units').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await seedDemo(ctx.deps)).toBe(true);
  });

  it('112 problems solved in 2015 ("110余项"), in every community and the village', async () => {
    const admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', await unitNamed('秦岭路街道'));
    const tally = readJson<Tally>(await admin.get('/api/decisions/tally?from=2015-01-01&to=2015-12-31'));
    expect(tally.solved).toBe(112);
    expect(tally.perUnit.filter((u) => u.solved > 0)).toHaveLength(9);
    expect(tally.perUnit.find((u) => u.name === '南寨村')?.solved).toBe(8);
  });

  it('2015 is closed: nothing can be dated into it any more', async () => {
    const secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', await unitNamed('秦江社区'));
    const periods = readJson<{ items: { month: string }[] }>(await secretary.get('/api/decisions/periods'));
    expect(periods.items.map((p) => p.month).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `2015-${String(i + 1).padStart(2, '0')}`),
    );
    const returned = readJson<{ items: { id: string }[] }>(
      await secretary.get('/api/decisions/matters?status=returned'),
    );
    expect(returned.items).toHaveLength(1);
    const res = await secretary.post(`/api/decisions/matters/${returned.items[0].id}/meetings`, {
      stageSeq: 3,
      heldOn: '2015-06-01',
      place: '社区议事厅',
      form: 'in_person',
      due: 9,
      present: 9,
      votesFor: 9,
      minutes: '补录',
    });
    expect(readJson<{ code: string }>(res).code).toBe('PERIOD_CLOSED');
  });

  it("秦江's public board shows current notices, marked as demo content, and the demo resident's proposals are theirs", async () => {
    const board = readJson<{ items: { kind: string; title: string; current: boolean }[] }>(
      await ctx.app.inject({
        method: 'GET',
        url: `/api/public/boards/${await unitNamed('秦江社区')}/notices?current=true`,
      }),
    );
    expect(board.items.map((n) => n.kind).sort()).toEqual(['resolution', 'result']);
    expect(board.items.every((n) => n.title.endsWith('（演示）'))).toBe(true);
    const mine = await ctx.deps.db
      .selectFrom('decision_proposals as p')
      .innerJoin('users as u', 'u.id', 'p.proposer_id')
      .select('u.username')
      .execute();
    expect(mine.map((p) => p.username)).toEqual(['resident', 'resident']);
  });
});
