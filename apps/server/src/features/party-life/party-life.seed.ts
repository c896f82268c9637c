import type { OrgLifeKind } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditedBatches } from '../audit/audit.service.ts';
import { allBranches } from '../party-orgs/party-orgs.service.ts';
import { demoDay as day, demoMonth as month } from '../../seed/demo-year.ts';
import { insertClosedMonth, insertMeetings } from './party-life.repo.ts';
import { ORG_LIFE_FREQUENCY } from './party-life.rules.ts';

/**
 * 三会一课 in 2015: every required meeting of every branch, with a few gaps for the checks to flag, and the 秦江
 * branches' months closed. Bulk-inserted through the repo, one audit record per batch (action `*.seed`).
 */
export async function seedPartyLife(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor } = ctx;
  const rand = ctx.random(2016);
  const branches = await allBranches(deps.db);
  const now = nowIsoOf(deps.clock);
  const meetings = branches.flatMap((b, bi) =>
    (Object.keys(ORG_LIFE_FREQUENCY) as OrgLifeKind[]).flatMap((kind) => {
      const f = ORG_LIFE_FREQUENCY[kind];
      const months =
        f === 'monthly' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : f === 'quarterly' ? [3, 6, 9, 12] : [12];
      return months
        .filter(
          (m) =>
            !(bi % 5 === 2 && kind === 'theme_day' && (m === 4 || m === 8)) &&
            !(bi % 7 === 3 && kind === 'party_lecture' && m === 6),
        )
        .map((m) => ({
          id: newId(),
          branch_id: b.id,
          kind,
          held_on: day(m, 8 + (bi % 15)),
          topic: `${month(m)} ${kind === 'democratic_life' ? '"三严三实"专题民主生活会' : '学习与组织生活'}`,
          due: 12,
          present: 9 + Math.floor(rand() * 4),
          minutes_text: '会议记录（演示）',
          photos: '[]',
          recorded_by: actor.userId,
          created_at: now,
        }));
    }),
  );
  await auditedBatches(deps, actor, 'org_life.seed', ctx.subdistrictPath, meetings, insertMeetings);
  const closed = branches
    .filter((x) => x.name.startsWith('秦江'))
    .flatMap((b) =>
      Array.from({ length: 12 }, (_, k) => ({
        branch_id: b.id,
        month: month(k + 1),
        closed_at: now,
        closed_by: actor.userId,
      })),
    );
  await auditedBatches(deps, actor, 'org_life.seed_close_months', ctx.subdistrictPath, closed, async (db, rows) => {
    for (const r of rows) await insertClosedMonth(db, r);
  });
}
