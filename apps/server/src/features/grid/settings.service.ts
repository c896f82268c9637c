import type { GridSettingsInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { settingsFor } from './settings.read.ts';
import { syncTodos } from '../todos/todos.service.ts';
import { gridTodoKinds } from './grid.todos.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import * as repo from './settings.repo.ts';

export { settingsFor, type GridSettings } from './settings.read.ts';

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
    // new limits and cut-off move the due times of the subdistrict's open items
    for (const kind of gridTodoKinds) await syncTodos(trx, kind, { subdistrictId: unit.id }, now);
  });
  return { subdistrictId: unit.id, ...(await settingsFor(deps.db, unit.id)) };
}
