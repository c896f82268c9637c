import type { PeriodCloseInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { idsOnPath } from '../../platform/org-scope.ts';
import { monthClosed } from './matters.repo.ts';
import * as repo from './periods.repo.ts';
import { monthOf, today } from '../../platform/local-date.ts';

const issue = (path: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', path], message }] });

/**
 * A record of the hall at `unitPath` may be dated on `date`: not in the future (Shanghai date) and not in a
 * month that the unit or a unit above it has closed (409 PERIOD_CLOSED).
 */
export async function assertDateOpen(deps: Deps, unitPath: string, date: string, field: string): Promise<void> {
  if (date > today(deps.clock)) throw issue(field, 'validation.futureDate');
  if (await monthClosed(deps.db, idsOnPath(unitPath), monthOf(date))) throw new AppError('PERIOD_CLOSED');
}

const toView = (p: { id: string; unit_id: string; unit_name: string; month: string; closed_at: string }) => ({
  id: p.id,
  unitId: p.unit_id,
  unitName: p.unit_name,
  month: p.month,
  closedAt: p.closed_at,
});

export async function listPeriods(deps: Deps, actor: Actor, query: { unitId?: string }) {
  authorize(actor, 'decision:read');
  const unit = query.unitId ? await requireUnit(deps.db, actor, query.unitId) : null;
  const rows = await repo.listPeriods(deps.db, actor.scope, unit ? idsOnPath(unit.path) : undefined);
  return { items: rows.map(toView) };
}

/** Closes a month (关账) for a subdistrict, community or village and everything below it. Only a month that has ended. */
export async function closePeriod(deps: Deps, actor: Actor, input: PeriodCloseInput) {
  authorize(actor, 'decision:close-period');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  if (!['subdistrict', 'community', 'village'].includes(unit.kind)) throw issue('unitId', 'validation.parentKind');
  if (input.month >= monthOf(today(deps.clock))) throw issue('month', 'validation.monthOpen');
  const row = {
    id: newId(),
    unit_id: unit.id,
    month: input.month,
    closed_by: actor.userId,
    closed_at: nowIsoOf(deps.clock),
  };
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await repo.insertPeriod(trx, row);
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'decision.period.close',
        subjectType: 'decision_period',
        subjectId: row.id,
        orgPath: unit.path,
        changes: { month: row.month },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
  return toView({ ...row, unit_name: unit.name });
}
