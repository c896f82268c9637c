import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import { disclosureOf, stepViews, stepsByItem } from './items.view.ts';
import { publicUnit } from '../territory/territory.service.ts';
import * as items from './items.repo.ts';
import * as rollout from './rollout.repo.ts';

/**
 * The public power-list board of a community or village (no sign-in): the items enabled there with their
 * procedure, time limits and supervision (名称, 依据, 主体, 流程, 时限, 监督) — nothing about exercises or people.
 */
export async function publicPowerList(deps: Deps, unitId: string) {
  const unit = await publicUnit(deps.db, unitId, ['community', 'village']);
  if (!unit) throw new AppError('NOT_FOUND');
  const codes = await rollout.enabledCodes(deps.db, unit.id);
  const rows = await items.activeByCodes(deps.db, subdistrictIdOf(unit.path), codes);
  const steps = stepsByItem(
    await items.stepsOf(
      deps.db,
      rows.map((r) => r.id),
    ),
  );
  return {
    unitId: unit.id,
    unitName: unit.name,
    items: rows
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((i) => ({
        code: i.code,
        name: i.name,
        category: i.category,
        policyBasis: i.policy_basis,
        subject: i.subject,
        post: i.post,
        steps: stepViews(steps.get(i.id) ?? []),
        timeLimitDays: i.time_limit_days,
        disclosure: disclosureOf(i),
        supervisionBody: i.supervision_body,
        demo: i.demo === 1,
      })),
  };
}
