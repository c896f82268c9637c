import type { PointsInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, inScope } from '../../platform/authorize.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { audited } from '../audit/audit.service.ts';
import * as repo from './volunteering.repo.ts';

/** Points (积分): a ledger of its own beside the verified hours, awarded by the organisers. */
export async function awardPoints(deps: Deps, actor: Actor, input: PointsInput) {
  authorize(actor, 'volunteer:write');
  const v = inScope(actor, await repo.findVolunteer(deps.db, input.volunteerId), (x) => x.community_path);
  const row = {
    id: newId(),
    volunteer_id: input.volunteerId,
    points: input.points,
    reason: input.reason,
    awarded_on: input.awardedOn,
    recorded_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'volunteer_points.award',
      subjectType: 'volunteer',
      subjectId: input.volunteerId,
      orgPath: v.community_path,
      changes: { points: row.points },
    },
    (trx) => repo.insertPoints(trx, row),
  );
  return { ok: true as const };
}

type PointRow = Awaited<ReturnType<typeof repo.listPoints>>['rows'][number];
export const pointToView = (p: PointRow) => ({
  id: p.id,
  volunteerId: p.volunteer_id,
  volunteerName: p.volunteer_name,
  points: p.points,
  reason: p.reason,
  awardedOn: p.awarded_on,
});

/** The points ledger (积分) of the volunteers in the caller's scope, or of one of them (404 outside it). */
export async function listPoints(
  deps: Deps,
  actor: Actor,
  query: { volunteerId?: string; page: number; pageSize: number },
) {
  authorize(actor, 'volunteer:read');
  if (query.volunteerId) inScope(actor, await repo.findVolunteer(deps.db, query.volunteerId), (v) => v.community_path);
  const { rows, total } = await repo.listPoints(
    deps.db,
    { scope: actor.scope, volunteerId: query.volunteerId },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(pointToView), total, page: query.page, pageSize: query.pageSize };
}
