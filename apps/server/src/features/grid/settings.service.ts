import { type GridSettingsInput, type TimeLimits, timeLimitsSchema } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { DEFAULT_CUTOFF, DEFAULT_TIME_LIMITS } from './cases.limits.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import * as repo from './settings.repo.ts';

export interface GridSettings {
  cutoff: string;
  timeLimits: TimeLimits;
}

/** A subdistrict's cut-off and time limits, or the defaults (17:00 and DEFAULT_TIME_LIMITS). */
export async function settingsFor(db: Conn, subdistrictId: string): Promise<GridSettings> {
  const row = await repo.findSettings(db, subdistrictId);
  if (!row) return { cutoff: DEFAULT_CUTOFF, timeLimits: DEFAULT_TIME_LIMITS };
  return { cutoff: row.cutoff, timeLimits: timeLimitsSchema.parse(JSON.parse(row.time_limits)) };
}

async function requireSubdistrict(deps: Deps, actor: Actor, id: string | undefined) {
  const unit = await requireUnit(deps.db, actor, id ?? subdistrictIdOf(actor.scope.paths[0] ?? ''));
  if (unit.kind !== 'subdistrict')
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'subdistrictId'], message: 'validation.parentKind' }],
    });
  return unit;
}

export async function getSettings(deps: Deps, actor: Actor, query: { subdistrictId?: string }) {
  authorize(actor, 'grid:read');
  const id = query.subdistrictId ?? subdistrictIdOf(actor.scope.paths[0] ?? '');
  // Anyone inside the subdistrict reads its settings: they decide their own deadlines.
  if (!actor.scope.paths.some((p) => subdistrictIdOf(p) === id)) throw new AppError('NOT_FOUND');
  return { subdistrictId: id, ...(await settingsFor(deps.db, id)) };
}

export async function putSettings(deps: Deps, actor: Actor, input: GridSettingsInput) {
  authorize(actor, 'grid:configure');
  const unit = await requireSubdistrict(deps, actor, input.subdistrictId);
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.saveSettings(trx, {
      subdistrict_id: unit.id,
      cutoff: input.cutoff,
      time_limits: JSON.stringify(input.timeLimits),
      updated_by: actor.userId,
      updated_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'grid.settings.update',
      subjectType: 'grid_settings',
      subjectId: unit.id,
      orgPath: unit.path,
      changes: { cutoff: input.cutoff, timeLimits: input.timeLimits },
    });
  });
  return { subdistrictId: unit.id, ...(await settingsFor(deps.db, unit.id)) };
}
