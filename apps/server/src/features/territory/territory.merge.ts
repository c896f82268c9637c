import type { MergeInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { scopeCovers } from '../../platform/org-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { isMergeable } from './territory.rules.ts';
import { parentPathOf, toUnitView } from './territory.view.ts';
import { requireUnit } from './territory.service.ts';
import * as repo from './territory.repo.ts';

const dateIssue = () =>
  new AppError('VALIDATION', {
    issues: [{ code: 'custom', path: ['body', 'effectiveDate'], message: 'validation.effectiveDate' }],
  });

/**
 * Merges one community (or village) into another from an effective date (社区整合).
 * The source's grids move under the target; their old links are closed, not rewritten, so
 * "which community did this grid belong to on date D" and past statistics stay answerable.
 */
export async function mergeUnit(deps: Deps, actor: Actor, sourceId: string, input: MergeInput) {
  authorize(actor, 'territory:restructure');
  const source = await requireUnit(deps.db, actor, sourceId);
  const target = await requireUnit(deps.db, actor, input.targetId);
  const parentPath = parentPathOf(source.path);
  const valid =
    source.id !== target.id &&
    isMergeable(source.kind) &&
    isMergeable(target.kind) &&
    source.valid_to === null &&
    target.valid_to === null &&
    source.parent_id === target.parent_id &&
    parentPath !== null &&
    scopeCovers(actor.scope, parentPath);
  if (!valid) throw new AppError('INVALID_MOVE');
  const date = input.effectiveDate;
  const children = await repo.currentChildren(deps.db, source.id);
  const latest = await repo.latestChangeUnder(deps.db, [source.id, target.id, ...children.map((c) => c.id)]);
  if (date > today(deps.clock) || (latest !== null && date <= latest)) throw dateIssue();

  await deps.db.transaction().execute(async (trx) => {
    for (const child of children) {
      const link = await repo.openLink(trx, child.id);
      if (link) await repo.closeLink(trx, link.id, date);
      await repo.insertLink(trx, {
        id: newId(),
        unit_id: child.id,
        parent_id: target.id,
        valid_from: date,
        valid_to: null,
      });
      await repo.updateUnit(trx, child.id, { parent_id: target.id, updated_at: nowIsoOf(deps.clock) });
      await repo.rewritePaths(trx, child.path, `${target.path}${child.id}/`);
    }
    const ownLink = await repo.openLink(trx, source.id);
    if (ownLink) await repo.closeLink(trx, ownLink.id, date);
    await repo.updateUnit(trx, source.id, {
      valid_to: date,
      merged_into_id: target.id,
      updated_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'territory.merge',
      subjectType: 'org_unit',
      subjectId: source.id,
      orgPath: source.path,
      changes: { targetId: target.id, effectiveDate: date, movedUnits: children.map((c) => c.id) },
    });
  });
  return toUnitView(actor, target, target.parent_id, parentPathOf(target.path));
}
