import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { today } from '../../platform/local-date.ts';
import { missingMonths } from './volunteering.workflow.ts';
import * as repo from './volunteering.repo.ts';

/** Each team's monthly activity in a year, with the ended months that had none flagged. */
export async function teamMonthly(deps: Deps, actor: Actor, year: number) {
  authorize(actor, 'volunteer:read');
  const asOf = today(deps.clock);
  const rows = await repo.teamActivityMonths(deps.db, actor.scope, year);
  const teams = new Map<string, { teamId: string; name: string; months: Set<string> }>();
  for (const r of rows) {
    const t = teams.get(r.id) ?? { teamId: r.id, name: r.name, months: new Set<string>() };
    if (r.held_on) t.months.add(r.held_on.slice(0, 7));
    teams.set(r.id, t);
  }
  return {
    year,
    teams: [...teams.values()].map((t) => {
      const activeMonths = [...t.months].sort();
      return { teamId: t.teamId, name: t.name, activeMonths, missingMonths: missingMonths(activeMonths, year, asOf) };
    }),
  };
}
