import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { caseTransition } from './cases.workflow.ts';
import { shouldAutoEscalate } from './cases.limits.ts';
import { autoEscalationCandidates, withTimers } from './cases.service.ts';
import { moveCase } from './cases.move.ts';
import * as repo from './cases.repo.ts';

/**
 * Escalates the open cases in the actor's scope (optionally of some subdistricts only) whose accept or handle time
 * has run out (or that are high risk at grid level) one level up, each in its own transaction with its event and
 * audit record. Only the candidates are read (an indexed query per subdistrict), not every open case; `checked`
 * counts them. Idempotent and row-locked: a case already moved is left alone.
 */
export async function escalateOverdue(deps: Deps, actor: Actor, now = nowIsoOf(deps.clock), subdistrictIds?: string[]) {
  authorize(actor, 'grid:case');
  const rows = await autoEscalationCandidates(deps.db, actor.scope, now, subdistrictIds);
  let escalated = 0;
  for (const { row, timer } of await withTimers(deps.db, rows, now)) {
    const due = shouldAutoEscalate({
      stage: timer.stage,
      warning: timer.warning,
      level: row.level,
      risk: row.risk,
    });
    if (!due || caseTransition(row.status, 'escalate', row.level) === null) continue;
    await deps.db.transaction().execute(async (trx) => {
      const current = await repo.lockCase(trx, row.id, deps.engine.forUpdate);
      if (current.status !== row.status || current.level !== row.level) return;
      await moveCase(
        trx,
        deps,
        actor,
        { ...current, grid_path: row.grid_path },
        'escalate',
        { auto: timer.warning === 'red' ? 'overdue' : 'high_risk' },
        now,
      );
      escalated += 1;
    });
  }
  return { checked: rows.length, escalated };
}
