import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseLevel, CaseListItem, CaseStatus, DisputeCategory, Warning } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { freshCase } from '../grid-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { listCases } from '../../src/features/grid/cases.service.ts';
import { DEFAULT_TIME_LIMITS } from '../../src/features/grid/cases.limits.ts';

/**
 * The case list filters by time-limit warning in SQL: totals and pages are exact across pages, follow each
 * subdistrict's own limits (category overrides included), and every listed case shows the warning asked for.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Page {
  items: CaseListItem[];
  total: number;
}

describe('case list: warning filter and pagination', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let secretary: Client;
  const expected: Record<'s0' | 's1', Record<Warning, Set<string>>> = {
    s0: { red: new Set(), yellow: new Set(), none: new Set() },
    s1: { red: new Set(), yellow: new Set(), none: new Set() },
  };
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

  /** `n` cases in a grid, then moved to the given state and stage start (fixtures, set directly). */
  async function cases(
    sub: 's0' | 's1',
    gridId: string,
    n: number,
    warning: Warning,
    state: { category?: DisputeCategory; status?: CaseStatus; level?: CaseLevel; startedHoursAgo: number },
  ) {
    for (let i = 0; i < n; i += 1) {
      const c = await freshCase(ctx.deps, gridId, systemActor(), { category: state.category ?? 'neighbours' });
      await ctx.deps.db
        .updateTable('dispute_cases')
        .set({
          stage_started_at: hoursAgo(state.startedHoursAgo),
          ...(state.status ? { status: state.status } : {}),
          ...(state.level ? { level: state.level } : {}),
        })
        .where('id', '=', c.id)
        .execute();
      expected[sub][warning].add(c.id);
    }
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    const [s0, s1] = fx.subdistricts;
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0.id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', s0.communities[0].id);
    // Subdistrict 0 shortens the grid's accept stage to 10 h, and to 5 h for family disputes.
    const limits = {
      ...DEFAULT_TIME_LIMITS,
      levels: { ...DEFAULT_TIME_LIMITS.levels, grid: { ...DEFAULT_TIME_LIMITS.levels.grid, accept: 10 } },
      categories: { ...DEFAULT_TIME_LIMITS.categories, family: { grid: { accept: 5 } } },
    };
    const put = await admin.request('PUT', '/api/grid/settings', {
      subdistrictId: s0.id,
      cutoff: '17:00',
      timeLimits: limits,
    });
    expect(put.statusCode, put.body).toBe(200);
    const [a, b] = s0.communities;
    // 11 h into a 10 h stage: red here (it would be none under the 24 h default).
    await cases('s0', a.grids[0].id, 4, 'red', { startedHoursAgo: 11 });
    await cases('s0', b.grids[1].id, 3, 'red', { startedHoursAgo: 11 });
    // Family: 4 h into 5 h is yellow; the same 4 h is none for neighbours (10 h).
    await cases('s0', a.grids[1].id, 5, 'yellow', { category: 'family', startedHoursAgo: 4 });
    await cases('s0', a.grids[0].id, 4, 'none', { startedHoursAgo: 4 });
    await cases('s0', b.grids[0].id, 3, 'none', { status: 'closed', startedHoursAgo: 400 });
    // Escalated to the community: 40 h into its 48 h accept stage is yellow.
    await cases('s0', b.grids[0].id, 2, 'yellow', { status: 'escalated', level: 'community', startedHoursAgo: 40 });
    // Subdistrict 1 keeps the defaults (24 h at grid level).
    await cases('s1', s1.communities[0].grids[0].id, 3, 'red', { startedHoursAgo: 30 });
    await cases('s1', s1.communities[1].grids[0].id, 2, 'yellow', { startedHoursAgo: 20 });
    await cases('s1', s1.communities[1].grids[0].id, 1, 'none', { startedHoursAgo: 11 });
  });

  /** Every page of a filtered list: ids in order, and each page's total. */
  async function allPages(get: (page: number) => Promise<Page>, pageSize: number) {
    const ids: string[] = [];
    const totals = new Set<number>();
    for (let page = 1; ; page += 1) {
      const res = await get(page);
      totals.add(res.total);
      ids.push(...res.items.map((i) => i.id));
      expect(res.items.length).toBeLessThanOrEqual(pageSize);
      if (res.items.length < pageSize) break;
    }
    return { ids, totals: [...totals] };
  }

  it('gives exact totals and pages for each warning in one subdistrict, by its own limits', async () => {
    for (const warning of ['red', 'yellow', 'none'] as const) {
      const want = expected.s0[warning];
      const { ids, totals } = await allPages(async (page) => {
        const res = await admin.get(`/api/grid/cases?warning=${warning}&page=${page}&pageSize=3`);
        expect(res.statusCode, res.body).toBe(200);
        const body = readJson<Page>(res);
        for (const item of body.items) expect(item.timer.warning).toBe(warning);
        return body;
      }, 3);
      expect(totals).toEqual([want.size]);
      expect(ids.length).toBe(want.size);
      expect(new Set(ids)).toEqual(want);
    }
    // The pages add up to the unfiltered list.
    const all = readJson<Page>(await admin.get('/api/grid/cases?pageSize=100'));
    expect(all.total).toBe(expected.s0.red.size + expected.s0.yellow.size + expected.s0.none.size);
  });

  it('combines with the other filters and the unit, still exact', async () => {
    const a = fx.subdistricts[0].communities[0];
    const red = readJson<Page>(await secretary.get('/api/grid/cases?warning=red&pageSize=2&page=2'));
    expect(red.total).toBe(4);
    expect(red.items).toHaveLength(2);
    const yellowFamily = readJson<Page>(
      await admin.get(`/api/grid/cases?warning=yellow&category=family&unitId=${a.id}&pageSize=10`),
    );
    expect(yellowFamily.total).toBe(5);
    const yellowCommunity = readJson<Page>(
      await admin.get('/api/grid/cases?warning=yellow&level=community&pageSize=10'),
    );
    expect(yellowCommunity.total).toBe(2);
    expect(readJson<Page>(await admin.get('/api/grid/cases?warning=none&status=closed')).total).toBe(3);
  });

  it('the dashboard and the daily roll-up count the same warnings as the list', async () => {
    const dash = readJson<{ overdue: number; yellow: number }>(await admin.get('/api/grid/dashboard'));
    expect([dash.overdue, dash.yellow]).toEqual([expected.s0.red.size, expected.s0.yellow.size]);
    const rollup = readJson<{ red: number; openCases: number }>(await admin.get('/api/grid/daily-rollup'));
    expect(rollup.red).toBe(expected.s0.red.size);
    expect(rollup.openCases).toBe(expected.s0.red.size + expected.s0.yellow.size + expected.s0.none.size - 3);
  });

  it("applies each subdistrict's limits when the scope spans several", async () => {
    for (const warning of ['red', 'yellow', 'none'] as const) {
      const want = new Set([...expected.s0[warning], ...expected.s1[warning]]);
      const { ids, totals } = await allPages(async (page) => {
        const res = await listCases(ctx.deps, systemActor(), { warning, page, pageSize: 4 });
        for (const item of res.items) expect(item.timer.warning).toBe(warning);
        return res;
      }, 4);
      expect(totals).toEqual([want.size]);
      expect(new Set(ids)).toEqual(want);
      expect(ids.length).toBe(want.size);
    }
  });
});
