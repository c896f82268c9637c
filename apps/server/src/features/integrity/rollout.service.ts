import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { subdistrictOf } from './integrity.scope.ts';
import * as items from './items.repo.ts';
import * as repo from './rollout.repo.ts';

/** A unit counts as a pilot when it had every item of its list enabled (南寨村 and 秦江社区 in the demo). */
export async function rolloutState(deps: Deps, actor: Actor) {
  authorize(actor, 'integrity:read');
  const { units, enabled } = await repo.rolloutInScope(deps.db, actor.scope);
  const list = await items.listVisible(deps.db, actor.scope, {});
  const totalOf = (path: string) => list.filter((i) => i.owner_unit_id === subdistrictOf(path)).length;
  return {
    items: units.map((u) => {
      const codes = enabled.filter((e) => e.unit_id === u.id).map((e) => e.item_code);
      const total = totalOf(u.path);
      return {
        unitId: u.id,
        unitName: u.name,
        kind: u.kind,
        pilot: total > 0 && codes.length >= total,
        enabled: codes.length,
        total,
        codes,
      };
    }),
  };
}

/** Enables (or disables) items of the subdistrict's list in one community or village. */
export async function setRollout(
  deps: Deps,
  actor: Actor,
  input: { unitId: string; codes: string[]; enabled: boolean },
) {
  authorize(actor, 'integrity:manage');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  if (!['community', 'village'].includes(unit.kind) || unit.valid_to !== null) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'unitId'], message: 'validation.parentKind' }],
    });
  }
  const codes = [...new Set(input.codes)];
  const known = await items.activeByCodes(deps.db, subdistrictOf(unit.path), codes);
  if (known.length !== codes.length) throw new AppError('NOT_FOUND');
  await deps.db.transaction().execute(async (trx) => {
    if (input.enabled) await repo.enable(trx, unit.id, codes, actor.userId, nowIsoOf(deps.clock));
    else await repo.disable(trx, unit.id, codes);
    await recordAudit(trx, deps, auditWho(actor), {
      action: input.enabled ? 'integrity.rollout.enable' : 'integrity.rollout.disable',
      subjectType: 'org_unit',
      subjectId: unit.id,
      orgPath: unit.path,
      changes: { codes },
    });
  });
  return rolloutState(deps, actor);
}
