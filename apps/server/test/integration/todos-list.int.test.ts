import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoCountsView, TodoListView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { talliesAndItems } from '../todos-support.ts';
import { syncTodos } from '../../src/features/todos/todos.service.ts';
import type { TodoDraft, TodoKind } from '../../src/features/todos/todos.types.ts';

/**
 * The to-do centre's reads through the API, with a kind whose records are a list the test edits: the order (earliest
 * deadline first, items without one last), paging across the reader's person and posts, the filter by kind, the
 * counts and their tallies as items are added, moved to another addressee, and finished.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
const T = '2026-12-07T02:00:00.000Z';

describe('to-do list and counts', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let secretary: Client;
  let drafts: TodoDraft[] = [];
  const kind: TodoKind = {
    kind: 'test.work',
    derive: async (_db, scope) => drafts.filter((d) => !scope.subjectIds || scope.subjectIds.includes(d.subjectId)),
  };
  const sync = () =>
    ctx.deps.db.transaction().execute((trx) => syncTodos(trx, kind, { subdistrictId: fx.subdistricts[0].id }, T));
  const list = async (q = '') => readJson<TodoListView>(await secretary.get(`/api/todos${q}`));
  const c0 = () => fx.subdistricts[0].communities[0];
  const draft = (subjectId: string, over: Partial<TodoDraft>): TodoDraft => ({
    subjectId,
    subdistrictId: fx.subdistricts[0].id,
    unitId: c0().id,
    unitPath: c0().path,
    assigneeId: null,
    permission: 'grid:case',
    ref: subjectId,
    link: '/x',
    dueAt: null,
    ...over,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.deps.clock.set(T);
    fx = await buildFixture(ctx.deps);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
  });

  it('lists the reader’s items earliest deadline first across person and posts, pages them and counts them', async () => {
    drafts = [
      draft('a', { dueAt: '2026-12-09T00:00:00.000Z' }),
      draft('b', { dueAt: '2026-12-06T00:00:00.000Z' }), // overdue
      draft('c', { assigneeId: secretary.userId, permission: null, dueAt: '2026-12-08T00:00:00.000Z' }),
      draft('d', { permission: 'service:write', dueAt: null }),
      draft('e', {
        permission: 'service:write',
        dueAt: '2026-12-10T00:00:00.000Z',
        yellowAt: '2026-12-07T00:00:00.000Z',
      }),
      draft('f', { permission: 'grid:manage', dueAt: null }),
      draft('g', { unitId: fx.subdistricts[0].communities[1].id, unitPath: fx.subdistricts[0].communities[1].path }),
      draft('h', { permission: 'audit:read' }), // a post the secretary does not fill
    ];
    await sync();
    const all = await list();
    expect(all.items.map((i) => i.ref)).toEqual(['b', 'c', 'a', 'e', 'd', 'f']);
    expect(all.items.map((i) => i.urgency)).toEqual(['overdue', 'normal', 'normal', 'yellow', 'normal', 'normal']);
    expect(all.items.find((i) => i.ref === 'c')?.mine).toBe(true);
    expect(all.total).toBe(6);
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push(...(await list(`?page=${page}&pageSize=2`)).items.map((i) => i.ref));
    expect(pages).toEqual(['b', 'c', 'a', 'e', 'd', 'f']);
    expect((await list('?kind=test.work&pageSize=3')).items.map((i) => i.ref)).toEqual(['b', 'c', 'a']);
    const counts = readJson<TodoCountsView>(await secretary.get('/api/todos/counts'));
    expect(counts).toEqual({ total: 6, urgent: 1, byKind: { 'test.work': 6 } });
  });

  it('keeps the counts equal to the items as items move to another addressee and finish', async () => {
    drafts = drafts
      .filter((d) => d.subjectId !== 'b')
      .map((d) => (d.subjectId === 'a' ? { ...d, permission: 'audit:read' } : d));
    await sync();
    expect((await list()).items.map((i) => i.ref)).toEqual(['c', 'e', 'd', 'f']);
    const counts = readJson<TodoCountsView>(await secretary.get('/api/todos/counts'));
    expect(counts).toEqual({ total: 4, urgent: 0, byKind: { 'test.work': 4 } });
    const { tallies, counted } = await talliesAndItems(ctx.deps);
    expect(tallies).toEqual(counted);
    drafts = [];
    await sync();
    expect(await list()).toMatchObject({ total: 0, items: [], groups: [] });
  });
});
