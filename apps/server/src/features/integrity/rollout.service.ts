import type { RolloutInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireCommunity, unitsOfKinds } from '../territory/territory.service.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import * as items from './items.repo.ts';
import * as repo from './rollout.repo.ts';

/** A unit counts as a pilot when it had every item of its list enabled (南寨村 and 秦江社区 in the demo). */
export async function rolloutState(deps: Deps, actor: Actor) {
  authorize(actor, 'integrity:read');
  const units = await unitsOfKinds(deps.db, ['community', 'village'], { scope: actor.scope });
  const enabled = await repo.enabledIn(
    deps.db,
    units.map((u) => u.id),
  );
  const list = await items.listVisible(deps.db, actor.scope, {});
  const totalOf = (path: string) => list.filter((i) => i.owner_unit_id === subdistrictIdOf(path)).length;
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
export async function setRollout(deps: Deps, actor: Actor, input: RolloutInput) {
  authorize(actor, 'integrity:manage');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const codes = [...new Set(input.codes)];
  const known = await items.activeByCodes(deps.db, subdistrictIdOf(unit.path), codes);
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
