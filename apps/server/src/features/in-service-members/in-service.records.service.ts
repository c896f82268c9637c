import type { InServiceRecordInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import { audited } from '../audit/audit.service.ts';
import { branchLimitOf } from '../party-orgs/party-orgs.service.ts';
import { memberToView } from './in-service.view.ts';
import { requireMember } from './in-service.service.ts';
import * as repo from './in-service.repo.ts';

/** Service records (服务记录) of in-service members: recorded by the community, read by staff and by the member. */
export async function addServiceRecord(deps: Deps, actor: Actor, id: string, input: InServiceRecordInput) {
  authorize(actor, 'volunteer:write');
  const m = await requireMember(deps, actor, id);
  if (input.servedOn > today(deps.clock))
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'servedOn'], message: 'validation.futureDate' }],
    });
  const row = {
    id: newId(),
    member_id: id,
    served_on: input.servedOn,
    description: input.description,
    minutes: input.minutes,
    recorded_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    {
      action: 'in_service.record',
      subjectType: 'in_service_member',
      subjectId: id,
      orgPath: m.community_path,
      changes: { servedOn: row.served_on, minutes: row.minutes },
    },
    (trx) => repo.insertRecord(trx, row),
  );
  return memberToView(
    {
      ...m,
      service_count: Number(m.service_count ?? 0) + 1,
      service_minutes: Number(m.service_minutes ?? 0) + row.minutes,
    },
    await repo.evaluationsOf(deps.db, [id]),
  );
}

type RecordRow = Awaited<ReturnType<typeof repo.listRecords>>['rows'][number];
const recordToView = (r: RecordRow) => ({
  id: r.id,
  memberId: r.member_id,
  memberName: r.member_name,
  servedOn: r.served_on,
  description: r.description,
  minutes: r.minutes,
});

/** Service records of the members registered in the caller's scope, or of one of them (404 outside it). */
export async function listRecords(
  deps: Deps,
  actor: Actor,
  query: { memberId?: string; year?: number; page: number; pageSize: number },
) {
  authorize(actor, 'volunteer:read');
  if (query.memberId) await requireMember(deps, actor, query.memberId);
  const { rows, total } = await repo.listRecords(
    deps.db,
    { scope: actor.scope, onlyBranchId: branchLimitOf(actor), memberId: query.memberId, year: query.year },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(recordToView), total, page: query.page, pageSize: query.pageSize };
}

/** The caller's own service records (none before they have registered). */
export async function myRecords(deps: Deps, actor: Actor, query: { page: number; pageSize: number }) {
  authorize(actor, 'volunteer:self');
  const me = await repo.memberOfUser(deps.db, actor.userId);
  if (!me) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { rows, total } = await repo.listRecords(deps.db, { memberId: me.id }, query.page, query.pageSize);
  return { items: rows.map(recordToView), total, page: query.page, pageSize: query.pageSize };
}
