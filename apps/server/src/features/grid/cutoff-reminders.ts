import type { Deps } from '../../deps.ts';
import { idsOnPath } from '../../platform/org-scope.ts';
import { localDay, localInstant } from '../../platform/local-date.ts';
import { notifyMany, smsOf, type Notice } from '../messages/messages.service.ts';
import { postHolders } from '../users/users.service.ts';
import { unitNamesById } from '../territory/territory.service.ts';
import { reportDueKind } from './grid.todos.ts';
import { settingsFor } from './settings.read.ts';

/**
 * The daily report's reminders (网格日报提醒), one subdistrict at a time, as of `now`:
 * - from `LEAD_MINUTES` before the cut-off until it: each specialist who has not reported today hears of it (in the
 *   app, and by SMS if they chose it), and each community's group robots get the count of grids still to report;
 * - in the hour after the cut-off: each community's staff who manage its grids (grid:manage) get the list of grids
 *   not reported, with how many specialists each (who they are is on the compliance page, for those who may see it),
 *   and the robots get the count.
 * Both are keyed by day, so the job may run every few minutes and each reminder still goes once.
 */
export const LEAD_MINUTES = 30;
const AFTER_MINUTES = 60;

export async function cutoffReminders(
  deps: Deps,
  subdistrictId: string,
  now: string,
): Promise<{ phase: 'before' | 'after' | null; notices: number }> {
  const { cutoff } = await settingsFor(deps.db, subdistrictId);
  const day = localDay(now);
  const at = Date.parse(localInstant(day, cutoff));
  const t = Date.parse(now);
  const phase =
    t >= at - LEAD_MINUTES * 60_000 && t < at ? 'before' : t >= at && t < at + AFTER_MINUTES * 60_000 ? 'after' : null;
  if (phase === null) return { phase, notices: 0 };
  const missing = await reportDueKind.derive(deps.db, { subdistrictId }, now);
  const byCommunity = new Map<string, typeof missing>();
  for (const m of missing) {
    const community = idsOnPath(m.unitPath)[1] as string;
    byCommunity.set(community, [...(byCommunity.get(community) ?? []), m]);
  }
  const notices: Notice[] = [];
  const grids = (items: typeof missing) => new Set(items.map((m) => m.unitId)).size;
  if (phase === 'before') {
    for (const m of missing)
      notices.push({
        kind: 'grid.cutoff-reminder',
        dedupeKey: `${day}:${m.subjectId}`,
        users: [m.assigneeId as string],
        title: { zh: `今日网格日报尚未提交（${cutoff}截止）`, en: `Today's grid report is not in yet (due ${cutoff})` },
        body: {
          zh: `${m.ref}：请于${cutoff}前提交矛盾纠纷排查日报，没有发现问题也请报“零报告”。`,
          en: `${m.ref}: please file today's dispute screening report by ${cutoff}; if nothing was found, file a zero report.`,
        },
        link: '/grid/today',
        sms: smsOf(deps.config, 'grid.cutoff-reminder', { grid: m.ref, time: cutoff }),
      });
    for (const [community, items] of byCommunity)
      notices.push({
        kind: 'grid.cutoff-reminder',
        dedupeKey: `${day}:before:${community}`,
        unitId: community,
        title: { zh: '网格日报提醒', en: 'Grid report reminder' },
        body: { zh: '', en: '' },
        link: '/grid/compliance',
        group: {
          title: `网格日报提醒（${cutoff}截止）`,
          lines: [`尚有 ${grids(items)} 个网格、${items.length} 名专职网格员未提交今日日报`],
        },
      });
  } else {
    const names = await unitNamesById(deps.db, [...byCommunity.keys()]);
    const managers = await postHolders(
      deps.db,
      [...byCommunity.keys()].map((c) => `${c}:grid:manage`),
    );
    for (const [community, items] of byCommunity) {
      const perGrid = new Map<string, number>();
      for (const m of items) perGrid.set(m.ref, (perGrid.get(m.ref) ?? 0) + 1);
      const lines = [...perGrid].map(([grid, n]) => `${grid}（${n}人未报）`);
      notices.push({
        kind: 'grid.missing-reports',
        dedupeKey: `${day}:after:${community}`,
        users: managers.get(`${community}:grid:manage`) ?? [],
        unitId: community,
        title: {
          zh: `${names.get(community) ?? ''}今日未报网格 ${grids(items)} 个`,
          en: `${grids(items)} grids of ${names.get(community) ?? ''} did not report today`,
        },
        body: { zh: lines.join('、'), en: lines.join(', ') },
        link: '/grid/compliance',
        group: { title: '网格日报未报情况', lines: [`截至${cutoff}，${grids(items)} 个网格未提交今日日报`] },
      });
    }
  }
  await deps.db.transaction().execute((trx) => notifyMany(trx, deps, notices, now));
  return { phase, notices: notices.length };
}
