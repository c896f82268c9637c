import type { PartyOrgCreate, PartyOrgUpdate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize, can } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import type { PartyOrgTable } from './party-orgs.table.ts';
import { canHoldChildOrg, needsCategory } from './party-orgs.rules.ts';
import * as repo from './party-orgs.repo.ts';
import { syncMeetingTodos } from '../party-life/org-life-todos.service.ts';

type OrgRow = PartyOrgTable & { territory_path: string; member_count?: number };

function toView(actor: Actor, o: OrgRow) {
  const update = can(actor, 'party-org:write');
  return {
    id: o.id,
    parentId: o.parent_id,
    kind: o.kind,
    category: (o.category ?? null) as never,
    name: o.name,
    territoryId: o.territory_id,
    memberCount: Number(o.member_count ?? 0),
    abilities: { update, createChild: update && o.kind !== 'group' },
  };
}

/**
 * A branch secretary (支部书记) reaches their own branch only: its id, or null when they are linked to
 * none (they then see no branch data). Undefined for every other role (scoped by territory alone).
 */
export function branchLimitOf(actor: Actor): string | null | undefined {
  return actor.role === 'branch_secretary' ? (actor.partyBranchId ?? null) : undefined;
}

/** The one Party-org lookup: in the actor's territorial scope and, for a branch secretary, in their branch (404 otherwise, audited). */
export async function requireOrg(db: Conn, actor: Actor, id: string): Promise<OrgRow> {
  const org = await repo.findOrg(db, id);
  assertInScope(actor, org?.territory_path);
  assertInBranch(actor, org?.path);
  return org as OrgRow;
}

/** A Party branch (党支部) in reach; 409 INVALID_MOVE for any other kind of organisation. */
export async function requireBranch(db: Conn, actor: Actor, id: string): Promise<OrgRow> {
  const org = await requireOrg(db, actor, id);
  if (org.kind !== 'branch') throw new AppError('INVALID_MOVE');
  return org;
}

/**
 * A record hanging off a Party org (its materialized path, or null when it names none) is within a branch
 * secretary's reach only when that path lies in their branch; 404 (audited as out-of-scope) otherwise.
 * Every other role passes (they are limited by territory alone).
 */
export function assertInBranch(actor: Actor, orgPath: string | null | undefined): void {
  const branchId = branchLimitOf(actor);
  if (branchId !== undefined && !(branchId && orgPath?.includes(`/${branchId}/`)))
    throw new AppError('NOT_FOUND', { outOfScope: true });
}

/** Every Party branch, by name, with its territory unit's id (`community_id`) and path (the demo seeds; no scope). */
export const allBranches = (db: Conn) => repo.allBranches(db);

/** The Party branches in the actor's scope (the caller has authorized; e.g. the user administration's picker). */
export async function branchesInScope(db: Conn, actor: Actor) {
  return (await repo.listInScope(db, actor.scope, branchLimitOf(actor))).filter((o) => o.kind === 'branch');
}

export async function listOrgs(deps: Deps, actor: Actor) {
  authorize(actor, 'party-org:read');
  return { items: (await repo.listInScope(deps.db, actor.scope, branchLimitOf(actor))).map((o) => toView(actor, o)) };
}

/** Floating, enterprise and grid branches are placed under a community Party organisation (区域化大党建). */
export async function createOrg(deps: Deps, actor: Actor, input: PartyOrgCreate) {
  authorize(actor, 'party-org:write');
  const parent = await requireOrg(deps.db, actor, input.parentId);
  const territory = await requireUnit(deps.db, actor, input.territoryId);
  if (!canHoldChildOrg(parent.kind, input.kind) || needsCategory(input.kind) !== Boolean(input.category)) {
    throw new AppError('INVALID_MOVE');
  }
  const now = nowIsoOf(deps.clock);
  const id = newId();
  const row: PartyOrgTable = {
    id,
    parent_id: parent.id,
    kind: input.kind,
    category: input.category ?? null,
    name: input.name,
    territory_id: territory.id,
    path: `${parent.path}${id}/`,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertOrg(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'party_org.create',
      subjectType: 'party_org',
      subjectId: id,
      orgPath: territory.path,
      changes: { kind: row.kind, category: row.category, name: row.name, parentId: parent.id },
    });
  });
  return toView(actor, { ...row, territory_path: territory.path, member_count: 0 });
}

export async function updateOrg(deps: Deps, actor: Actor, id: string, input: PartyOrgUpdate) {
  authorize(actor, 'party-org:write');
  const org = await requireOrg(deps.db, actor, id);
  if (input.category && !needsCategory(org.kind)) throw new AppError('INVALID_MOVE');
  const patch = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.category !== undefined && { category: input.category }),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateOrg(trx, id, { ...patch, updated_at: nowIsoOf(deps.clock) });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'party_org.update',
      subjectType: 'party_org',
      subjectId: id,
      orgPath: org.territory_path,
      changes: { before: { name: org.name, category: org.category }, after: patch },
    });
    if (org.kind === 'branch') await syncMeetingTodos(trx, [id], nowIsoOf(deps.clock)); // its items show its name
  });
  return toView(actor, { ...org, ...patch });
}

/** The root of a subdistrict's Party tree (党工委), placed at the subdistrict unit. */
export async function createWorkingCommittee(deps: Deps, actor: Actor, input: { name: string; territoryId: string }) {
  authorize(actor, 'party-org:write');
  const territory = await requireUnit(deps.db, actor, input.territoryId);
  if (territory.kind !== 'subdistrict') throw new AppError('INVALID_MOVE');
  const now = nowIsoOf(deps.clock);
  const id = newId();
  const row: PartyOrgTable = {
    id,
    parent_id: null,
    kind: 'working_committee',
    category: null,
    name: input.name,
    territory_id: territory.id,
    path: `/${id}/`,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertOrg(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'party_org.create',
      subjectType: 'party_org',
      subjectId: id,
      orgPath: territory.path,
      changes: { kind: row.kind, name: row.name },
    });
  });
  return toView(actor, { ...row, territory_path: territory.path, member_count: 0 });
}
