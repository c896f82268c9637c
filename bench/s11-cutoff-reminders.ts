import { newId } from '../apps/server/src/platform/ids.ts';
import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import { createSubdistrict, createUnit } from '../apps/server/src/features/territory/territory.service.ts';
import { createRobot } from '../apps/server/src/features/messages/robots.service.ts';
import { cutoffReminders } from '../apps/server/src/features/grid/cutoff-reminders.ts';
import { fmt, withScratchDeps } from './lib.ts';
import { insertSpecialists } from './grid-fixtures.ts';

/**
 * S11: queuing the cut-off reminders of a subdistrict with 1,000 grids (50 communities × 20 grids, one specialist each,
 * none reported, each community with a WeCom group robot): one in-app message per specialist and one robot row per
 * community, in one transaction — against the baseline of inserting the same number of message rows in one
 * transaction, same database, same run. Target: under one second per 1,000 grids (SQLite).
 */
const COMMUNITIES = 50;
const GRIDS = 20;

export async function benchCutoffReminders(databaseUrl?: string): Promise<void> {
  await withScratchDeps(
    's11',
    11,
    async (deps) => {
      const system = systemActor();
      const sub = await createSubdistrict(deps, system, { name: '提醒压测街道', validFrom: '2010-01-01' });
      const grids: string[] = [];
      for (let c = 0; c < COMMUNITIES; c++) {
        const community = await createUnit(deps, system, {
          parentId: sub.id,
          kind: 'community',
          name: `提醒社区${c}`,
          validFrom: '2010-01-01',
        });
        for (let g = 0; g < GRIDS; g++)
          grids.push(
            (
              await createUnit(deps, system, {
                parentId: community.id,
                kind: 'grid',
                name: `提醒社区${c}网格${g}`,
                validFrom: '2010-01-01',
              })
            ).id,
          );
        await createRobot(deps, system, {
          unitId: community.id,
          platform: 'wecom',
          name: `提醒社区${c}工作群`,
          webhookUrl: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${newId().replace(/-/g, '')}`,
          secret: null,
          kinds: ['grid.cutoff-reminder'],
          enabled: true,
        });
      }
      const now = new Date().toISOString();
      const users = grids.map((g, n) => ({ id: newId(), grid: g, n }));
      await insertSpecialists(
        deps,
        users.map((u) => ({ userId: u.id, gridId: u.grid, n: u.n })),
        'remind',
        now,
      );
      // 16:35 in Shanghai today (the default cut-off is 17:00)
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      const at = new Date(`${day}T08:35:00.000Z`).toISOString();
      const t0 = performance.now();
      const result = await cutoffReminders(deps, sub.id, at);
      const queued = performance.now() - t0;
      const messages = await deps.db
        .selectFrom('messages')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const outbox = await deps.db
        .selectFrom('outbound_messages')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      // baseline: the same number of message rows inserted in one transaction
      const rows = users.map((u) => ({
        id: newId(),
        user_id: u.id,
        kind: 'grid.cutoff-reminder',
        dedupe_key: `baseline:${u.id}`,
        title_zh: '今日网格日报尚未提交',
        title_en: "Today's grid report is not in yet",
        body_zh: '请于17:00前提交',
        body_en: 'please file by 17:00',
        link: '/grid/today',
        created_at: now,
        read_at: null,
      }));
      const t1 = performance.now();
      await deps.db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 200)
          await trx
            .insertInto('messages')
            .values(rows.slice(i, i + 200))
            .execute();
      });
      const baseline = performance.now() - t1;
      const engine = databaseUrl ? 'PostgreSQL' : 'SQLite';
      console.log(
        `S11 ${engine} cut-off reminders for ${grids.length} grids: ${fmt(queued, 0)} ms (${result.notices} notices, ` +
          `${messages.n} in-app messages, ${outbox.n} robot rows) — ${fmt(queued / (grids.length / 1000), 0)} ms per 1,000 grids (target < 1,000 ms)`,
      );
      console.log(
        `S11 ${engine} baseline: ${rows.length} message rows in one transaction ${fmt(baseline, 0)} ms — ratio ${fmt(queued / baseline, 1)}×`,
      );
    },
    databaseUrl,
  );
}
