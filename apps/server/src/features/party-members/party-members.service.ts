import type { PartyMemberCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { branchLimitOf, requireBranch, requireOrg } from '../party-orgs/party-orgs.service.ts';
import { getResident } from '../residents/residents.service.ts';
import type { PartyMemberTable } from './party-members.table.ts';
import * as repo from './party-members.repo.ts';

type MemberRow = PartyMemberTable & { branch_name: string };

const toView = (m: MemberRow) => ({
  id: m.id,
  name: m.name,
  residentId: m.resident_id,
  branchId: m.branch_id,
  branchName: m.branch_name,
  memberType: m.member_type,
  status: m.status,
  joinDate: m.join_date,
  workUnit: m.work_unit,
});

export async function listMembers(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; branchId?: string; q?: string },
) {
  authorize(actor, 'member:read');
  const branchPath = query.branchId ? (await requireOrg(deps.db, actor, query.branchId)).path : undefined;
  const { rows, total } = await repo.listMembers(
    deps.db,
    actor.scope,
    { branchPath, q: query.q, onlyBranchId: branchLimitOf(actor) },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
}

export async function createMember(deps: Deps, actor: Actor, input: PartyMemberCreate) {
  authorize(actor, 'member:write');
  const branch = await requireBranch(deps.db, actor, input.branchId);
  if (input.residentId) await getResident(deps, actor, input.residentId);
  const now = nowIsoOf(deps.clock);
  const row: PartyMemberTable = {
    id: newId(),
    resident_id: input.residentId ?? null,
    name: input.name,
    branch_id: branch.id,
    member_type: input.memberType,
    status: input.status,
    join_date: input.joinDate,
    work_unit: input.workUnit,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertMember(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'party_member.create',
      subjectType: 'party_member',
      subjectId: row.id,
      orgPath: branch.territory_path,
      changes: { branchId: branch.id, memberType: row.member_type, status: row.status },
    });
  });
  return toView({ ...row, branch_name: branch.name });
}

export async function updateMember(deps: Deps, actor: Actor, id: string, input: Partial<PartyMemberCreate>) {
  authorize(actor, 'member:write');
  const current = await repo.findMember(deps.db, id);
  assertInScope(actor, current?.territory_path);
  const member = current as NonNullable<typeof current>;
  const branch = input.branchId ? await requireBranch(deps.db, actor, input.branchId) : null;
  if (input.residentId) await getResident(deps, actor, input.residentId);
  const patch: Partial<PartyMemberTable> = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.residentId !== undefined && { resident_id: input.residentId }),
    ...(branch && { branch_id: branch.id }),
    ...(input.memberType !== undefined && { member_type: input.memberType }),
    ...(input.status !== undefined && { status: input.status }),
    ...(input.joinDate !== undefined && { join_date: input.joinDate }),
    ...(input.workUnit !== undefined && { work_unit: input.workUnit }),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateMember(trx, id, { ...patch, updated_at: nowIsoOf(deps.clock) });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'party_member.update',
      subjectType: 'party_member',
      subjectId: id,
      orgPath: member.territory_path,
      changes: { fields: Object.keys(patch) },
    });
  });
  return toView({ ...member, ...patch, branch_name: branch?.name ?? member.branch_name });
}

/** Every member's id and branch, by id (the demo seeds; no scope). */
export const allMemberBranches = (db: Conn) => repo.allMemberBranches(db);
