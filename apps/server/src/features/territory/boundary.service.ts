import type { GridBoundaryBody } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from './territory.service.ts';
import * as repo from './territory.repo.ts';

/** Sets (or clears) a grid's or community's GeoJSON boundary, drawn on the dashboards' maps. */
export async function setBoundary(deps: Deps, actor: Actor, unitId: string, body: GridBoundaryBody) {
  authorize(actor, 'territory:write');
  const unit = await requireUnit(deps.db, actor, unitId);
  if (!['grid', 'community', 'village'].includes(unit.kind))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['params', 'id'], message: 'validation.parentKind' }],
    });
  const boundary = body.boundary ? JSON.stringify(body.boundary) : null;
  await deps.db.transaction().execute(async (trx) => {
    await repo.setBoundary(trx, unit.id, boundary, nowIsoOf(deps.clock));
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'territory.boundary.set',
      subjectType: 'org_unit',
      subjectId: unit.id,
      orgPath: unit.path,
      changes: { cleared: boundary === null, bytes: boundary?.length ?? 0 },
    });
  });
  return { ok: true as const };
}
