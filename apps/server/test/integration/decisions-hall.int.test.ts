import { beforeAll, describe, expect, it } from 'vitest';
import { Kysely } from 'kysely';
import type { MatterView } from '@jishi/shared';
import { createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import {
  advance,
  daysAgo,
  installDecisions,
  openAssigned,
  passingMeeting,
  type HallTemplates,
} from '../decisions-support.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildApp } from '../../src/app.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { createUnit } from '../../src/features/territory/territory.service.ts';
import { createProposal } from '../../src/features/decisions/proposals.service.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { addDays, monthOf, today as localToday } from '../../src/platform/local-date.ts';

/** Closed periods, lists without N+1, the public board's exposure, the tally's scope and the iCalendar feed. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface ErrorBody {
  code: string;
  issues?: { path: string; message: string }[];
}
interface Paged<T> {
  items: T[];
  total: number;
}

describe('deliberation hall: periods, lists, public board, tally and calendar', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let templates: [HallTemplates, HallTemplates];
  let admin: Client;
  let secretary: Client;
  let completed: MatterView;
  let inProgress: MatterView;

  const s0 = () => fx.subdistricts[0];
  const c0 = () => s0().communities[0];
  const c1 = () => s0().communities[1];
  const anonymous = (url: string) => ctx.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    templates = await installDecisions(ctx.deps, fx);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0().id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    completed = await advance(
      ctx.deps,
      (await openAssigned(ctx.deps, c0().id, templates[0].community, { title: '完成的议题' })).id,
      6,
    );
    inProgress = await advance(
      ctx.deps,
      (await openAssigned(ctx.deps, c0().id, templates[0].community, { title: '尚在商议的议题' })).id,
      3,
    );
  });

  describe('closed periods', () => {
    const lastMonth = () => monthOf(addDays(`${monthOf(localToday(systemClock))}-01`, -1));
    let community: string;

    beforeAll(async () => {
      community = (
        await createUnit(ctx.deps, systemActor(), {
          parentId: s0().id,
          kind: 'community',
          name: '关账测试社区',
          validFrom: '2010-01-01',
        })
      ).id;
    });

    it('only a month that has ended can be closed, once', async () => {
      const current = await admin.post('/api/decisions/periods', {
        unitId: community,
        month: monthOf(localToday(systemClock)),
      });
      expect(readJson<ErrorBody>(current).issues).toEqual([{ path: 'body.month', message: '只能关闭已经结束的月份' }]);
      const ok = await admin.post('/api/decisions/periods', { unitId: community, month: lastMonth() });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(
        readJson<ErrorBody>(await admin.post('/api/decisions/periods', { unitId: community, month: lastMonth() })).code,
      ).toBe('DUPLICATE');
      expect(
        (await admin.post('/api/decisions/periods', { unitId: c0().grids[0].id, month: '2020-01' })).statusCode,
      ).toBe(400);
    });

    it('a meeting or notice cannot be dated into a closed month (409 PERIOD_CLOSED); after it, it can', async () => {
      const m = await openAssigned(ctx.deps, community, templates[0].community, { openedOn: `${lastMonth()}-01` });
      const inClosed = await admin.post(`/api/decisions/matters/${m.id}/meetings`, {
        stageSeq: 1,
        heldOn: `${lastMonth()}-15`,
        place: '社区',
        form: 'in_person',
        minutes: '补录',
      });
      expect(readJson<ErrorBody>(inClosed).code).toBe('PERIOD_CLOSED');
      const today = await admin.post(`/api/decisions/matters/${m.id}/meetings`, {
        stageSeq: 1,
        heldOn: localToday(systemClock),
        place: '社区',
        form: 'in_person',
        minutes: '当月登记',
      });
      expect(today.statusCode, today.body).toBe(200);
    });

    it('a month closed for the subdistrict is closed for every hall below it, and listed for them', async () => {
      const old = await openAssigned(ctx.deps, c1().id, templates[0].community, { openedOn: '2020-01-02' });
      expect((await admin.post('/api/decisions/periods', { unitId: s0().id, month: '2020-02' })).statusCode).toBe(200);
      const res = await admin.post(`/api/decisions/matters/${old.id}/meetings`, {
        stageSeq: 1,
        heldOn: '2020-02-10',
        place: '社区',
        form: 'in_person',
        minutes: '补录',
      });
      expect(readJson<ErrorBody>(res).code).toBe('PERIOD_CLOSED');
      const seen = readJson<{ items: { unitId: string; month: string }[] }>(
        await secretary.get('/api/decisions/periods'),
      );
      expect(seen.items).toEqual([expect.objectContaining({ unitId: s0().id, month: '2020-02' })]);
    });
  });

  describe('lists load set-wise (no N+1)', () => {
    let counted: { app: Awaited<ReturnType<typeof buildApp>>; queries: () => number; reset: () => void };

    beforeAll(async () => {
      let n = 0;
      const db = new Kysely<DB>({
        dialect: ctx.deps.engine.kysely,
        log: (e) => {
          if (e.level === 'query') n += 1;
        },
      });
      const app = await buildApp({ ...ctx.deps, db });
      counted = {
        app,
        queries: () => n,
        reset: () => {
          n = 0;
        },
      };
    });

    async function queriesFor(client: Client, url: string): Promise<{ count: number; items: number }> {
      counted.reset();
      const res = await counted.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
      expect(res.statusCode, res.body).toBe(200);
      return { count: counted.queries(), items: readJson<Paged<unknown>>(res).items.length };
    }

    it('matters, proposals and board notices cost the same number of queries for 2 rows as for 20', async () => {
      for (let i = 0; i < 20; i++) {
        const m = await openAssigned(ctx.deps, c1().id, templates[0].community, { title: `批量议题${i}` });
        await advance(ctx.deps, m.id, i % 3 === 0 ? 6 : 2);
        await createProposal(ctx.deps, systemActor(), { unitId: c1().id, title: `批量提议${i}`, content: '内容' });
      }
      for (const url of [`/api/decisions/matters?unitId=${c1().id}`, `/api/decisions/proposals?unitId=${c1().id}`]) {
        const small = await queriesFor(admin, `${url}&pageSize=2`);
        const large = await queriesFor(admin, `${url}&pageSize=20`);
        expect([small.items, large.items]).toEqual([2, 20]);
        expect(small.count).toBeGreaterThan(2);
        expect(large.count).toBe(small.count);
      }
      const small = await queriesFor(admin, `/api/public/boards/${c1().id}/notices?pageSize=2`);
      const large = await queriesFor(admin, `/api/public/boards/${c1().id}/notices?pageSize=14`);
      expect([small.items, large.items]).toEqual([2, 14]);
      expect(large.count).toBe(small.count);
    });

    it("the list tells each matter's next stage and filters by status and title", async () => {
      const list = readJson<Paged<{ id: string; status: string; next: { seq: number } | null }>>(
        await secretary.get('/api/decisions/matters?pageSize=50'),
      );
      expect(list.items.find((m) => m.id === inProgress.id)).toMatchObject({ status: 'open', next: { seq: 4 } });
      expect(list.items.find((m) => m.id === completed.id)).toMatchObject({ status: 'completed', next: null });
      const done = readJson<Paged<{ id: string }>>(await secretary.get('/api/decisions/matters?status=completed'));
      expect(done.items.map((m) => m.id)).toEqual([completed.id]);
      const byTitle = readJson<Paged<{ id: string }>>(
        await secretary.get(`/api/decisions/matters?q=${encodeURIComponent('商议')}`),
      );
      expect(byTitle.items.map((m) => m.id)).toEqual([inProgress.id]);
      expect(readJson<Paged<unknown>>(await secretary.get('/api/decisions/matters?q=%25')).total).toBe(0);
    });
  });

  describe('concurrent records', () => {
    it('two people recording the same stage at once: one record lands, the other is told the stage has passed', async () => {
      const m = await openAssigned(ctx.deps, c1().id, templates[0].community, { title: '并发登记' });
      const other = await clientFor(ctx.app, ctx.deps, 'community_worker', c1().id);
      const body = { stageSeq: 1, heldOn: daysAgo(2), place: '社区', form: 'in_person', minutes: '征求意见' };
      const results = await Promise.all(
        [admin, other, admin, other].map((c) => c.post(`/api/decisions/matters/${m.id}/meetings`, body)),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
      expect(results.filter((r) => r.statusCode === 409).map((r) => readJson<ErrorBody>(r).code)).toEqual([
        'STAGE_ORDER',
        'STAGE_ORDER',
        'STAGE_ORDER',
      ]);
      const records = await ctx.deps.db
        .selectFrom('decision_records')
        .select('attempt_no')
        .where('matter_id', '=', m.id)
        .execute();
      expect(records).toEqual([{ attempt_no: 1 }]);
    });
  });

  describe('the public board', () => {
    it('is open without signing in and lists the halls', async () => {
      const res = await anonymous('/api/public/boards');
      expect(res.statusCode).toBe(200);
      const ids = readJson<{ items: { id: string }[] }>(res).items.map((b) => b.id);
      expect(ids).toEqual(expect.arrayContaining([c0().id, c1().id]));
      expect(ids).not.toContain(c0().grids[0].id);
    });

    it('shows only published notices: a matter still in deliberation is not there at all', async () => {
      const res = await anonymous(`/api/public/boards/${c0().id}/notices?pageSize=100`);
      expect(res.statusCode).toBe(200);
      const body = readJson<Paged<{ matterId: string; kind: string; title: string }>>(res);
      expect(body.items.map((n) => [n.matterId, n.kind])).toEqual([
        [completed.id, 'result'],
        [completed.id, 'resolution'],
      ]);
      expect(res.body).not.toContain('尚在商议的议题');
      expect(res.body).not.toContain(inProgress.id);
    });

    it('carries no minutes, votes, attendees, ID numbers or phones', async () => {
      const res = await anonymous(`/api/public/boards/${c0().id}/notices`);
      const [first] = readJson<Paged<Record<string, unknown>>>(res).items;
      expect(Object.keys(first).sort()).toEqual([
        'content',
        'current',
        'id',
        'kind',
        'matterId',
        'noticeFrom',
        'noticeUntil',
        'rating',
        'title',
        'unitId',
        'unitName',
      ]);
      for (const secret of fx.secrets) expect(res.body).not.toContain(secret);
      expect(res.body).not.toMatch(/会议记录|张主持/);
    });

    it('filters current notices and answers 404 for a unit that has no board', async () => {
      const current = readJson<Paged<unknown>>(await anonymous(`/api/public/boards/${c0().id}/notices?current=true`));
      expect(current.total).toBe(0);
      expect((await anonymous(`/api/public/boards/${c0().grids[0].id}/notices`)).statusCode).toBe(404);
      expect((await anonymous('/api/public/boards/01900000-0000-7000-8000-000000000000/notices')).statusCode).toBe(404);
    });
  });

  describe('the problems-solved tally', () => {
    it("counts per community in the caller's scope only, zeros included", async () => {
      const from = daysAgo(400);
      const to = localToday(systemClock);
      const own = readJson<{ solved: number; perUnit: { unitId: string; solved: number }[] }>(
        await secretary.get(`/api/decisions/tally?from=${from}&to=${to}`),
      );
      expect(own.perUnit.map((u) => u.unitId)).toEqual([c0().id]);
      expect(own.solved).toBe(1);
      const all = readJson<{ solved: number; perUnit: { unitId: string; solved: number }[] }>(
        await admin.get(`/api/decisions/tally?from=${from}&to=${to}`),
      );
      expect(all.perUnit.find((u) => u.unitId === c1().id)?.solved).toBe(7);
      expect(all.solved).toBe(8);
      const drill = readJson<{ solved: number }>(
        await admin.get(`/api/decisions/tally?from=${from}&to=${to}&unitId=${c1().id}`),
      );
      expect(drill.solved).toBe(7);
      const grid = await clientFor(ctx.app, ctx.deps, 'grid_worker', c0().grids[0].id);
      expect(readJson<{ solved: number; perUnit: unknown[] }>(await grid.get('/api/decisions/tally'))).toMatchObject({
        solved: 0,
        perUnit: [],
      });
    });
  });

  describe('the iCalendar feed', () => {
    it("lists the hall's meetings and notice periods as RFC 5545 events", async () => {
      const res = await secretary.get(`/api/decisions/units/${c0().id}/calendar.ics`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const text = res.body;
      expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      const unfolded = text.replace(/\r\n /g, '');
      const uids = [...unfolded.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
      expect(uids.length).toBe(completed.records.length + inProgress.records.length);
      expect(new Set(uids).size).toBe(uids.length);
      const resolution = completed.records.find((r) => r.kind === 'notice') as MatterView['records'][number];
      expect(unfolded).toContain(`DTSTART;VALUE=DATE:${(resolution.noticeFrom as string).replace(/-/g, '')}`);
      expect(unfolded).toContain(`DTEND;VALUE=DATE:${addDays(resolution.noticeUntil as string, 1).replace(/-/g, '')}`);
      expect(unfolded).toContain('TZID:Asia/Shanghai');
    });

    it('a timed meeting is written in local Shanghai time', async () => {
      const m = await openAssigned(ctx.deps, c0().id, templates[0].community, { title: '定时会议' });
      await admin.post(`/api/decisions/matters/${m.id}/meetings`, {
        ...passingMeeting(1, daysAgo(3)),
        startTime: '19:30',
        endTime: '21:00',
      });
      const text = (await secretary.get(`/api/decisions/units/${c0().id}/calendar.ics`)).body.replace(/\r\n /g, '');
      expect(text).toContain(`DTSTART;TZID=Asia/Shanghai:${daysAgo(3).replace(/-/g, '')}T193000`);
      expect(text).toContain(`DTEND;TZID=Asia/Shanghai:${daysAgo(3).replace(/-/g, '')}T210000`);
    });
  });
});
