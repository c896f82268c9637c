import type { GoodDeedCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, inScope } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { audited } from '../audit/audit.service.ts';
import { requireCommunity } from '../territory/territory.service.ts';
import type { GoodDeedTable } from './good-deeds.table.ts';
import * as repo from './good-deeds.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { GOOD_DEEDS } from './good-deeds.indicators.ts';
import { today } from '../../platform/local-date.ts';
import { nowIsoOf } from '../../platform/clock.ts';

const toView = (d: GoodDeedTable) => ({
  id: d.id,
  communityId: d.community_id,
  doerKind: d.doer_kind,
  doerName: d.doer_name,
  beneficiary: d.beneficiary,
  doneOn: d.done_on,
  description: d.description,
  confirmedBy: d.confirmed_by_name,
  confirmedAt: d.confirmed_at,
});

export async function recordDeed(deps: Deps, actor: Actor, input: GoodDeedCreate) {
  authorize(actor, 'volunteer:write');
  const community = await requireCommunity(deps.db, actor, input.communityId, { at: ['body', 'communityId'] });
  if (input.doneOn > today(deps.clock))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'doneOn'], message: 'validation.futureDate' }],
    });
  const row: GoodDeedTable = {
    id: newId(),
    community_id: community.id,
    doer_kind: input.doerKind,
    doer_name: input.doerName,
    beneficiary: input.beneficiary,
    done_on: input.doneOn,
    description: input.description,
    recorded_by: actor.userId,
    confirmed_by: null,
    confirmed_by_name: null,
    confirmed_at: null,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'good_deed.record',
      subjectType: 'good_deed',
      subjectId: row.id,
      orgPath: community.path,
      changes: { doerKind: row.doer_kind, doneOn: row.done_on },
    },
    async (trx) => {
      await repo.insertDeed(trx, row);
      await bumpCounter(trx, GOOD_DEEDS, row.community_id, row.done_on);
    },
  );
  return toView(row);
}

/** Confirmation by someone other than who recorded it (确认人); once only. */
export async function confirmDeed(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'volunteer:write');
  const deed = inScope(actor, await repo.findDeed(deps.db, id), (d) => d.community_path);
  if (deed.recorded_by === actor.userId) throw new AppError('CONFLICT');
  const patch = {
    confirmed_by: actor.userId,
    confirmed_by_name: actor.displayName,
    confirmed_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    { action: 'good_deed.confirm', subjectType: 'good_deed', subjectId: id, orgPath: deed.community_path },
    async (trx) => {
      const res = await repo.confirmDeed(trx, id, patch);
      if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT');
    },
  );
  return toView({ ...deed, ...patch });
}

export async function listDeeds(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; communityId?: string; year?: number },
) {
  authorize(actor, 'volunteer:read');
  const communityPath = query.communityId
    ? (await requireCommunity(deps.db, actor, query.communityId, { at: ['query', 'communityId'], inForce: false })).path
    : undefined;
  const [total, rows] = await repo.listDeeds(
    deps.db,
    actor.scope,
    { communityPath, year: query.year },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(toView), total: Number(total.n), page: query.page, pageSize: query.pageSize };
}
