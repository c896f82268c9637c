import type { UnitCreate, UnitUpdateInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import type { OrgUnitTable } from './territory.table.ts';
import { canHoldChild, childPath, holdsPeople, isCommunity, type UnitKind } from './territory.rules.ts';
import { parentPathOf, toUnitView } from './territory.view.ts';
import * as repo from './territory.repo.ts';

/** The unit if it exists and lies in the actor's scope; otherwise 404 (no existence leak). */
export async function requireUnit(db: Conn, actor: Actor, id: string): Promise<OrgUnitTable> {
  const unit = await repo.findUnit(db, id);
  assertInScope(actor, unit?.path);
  return unit as OrgUnitTable;
}

/** A current grid or micro-grid in scope: where residents, buildings and households live. */
export async function requireGrid(db: Conn, actor: Actor, id: string): Promise<OrgUnitTable> {
  const unit = await requireUnit(db, actor, id);
  if (!holdsPeople(unit.kind) || unit.valid_to !== null) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'gridId'], message: 'validation.parentKind' }],
    });
  }
  return unit;
}

export async function listUnits(deps: Deps, actor: Actor, at: string | undefined) {
  authorize(actor, 'territory:read');
  const date = at ?? today(deps.clock);
  const rows = await repo.listUnitsAt(deps.db, actor.scope, date);
  return { at: date, items: rows.map((r) => toUnitView(actor, r, r.parent_at, parentPathOf(r.path))) };
}

export async function getUnit(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'territory:read');
  const unit = await requireUnit(deps.db, actor, id);
  return toUnitView(actor, unit, unit.parent_id, parentPathOf(unit.path));
}

export async function createUnit(deps: Deps, actor: Actor, input: UnitCreate) {
  authorize(actor, 'territory:write');
  const parent = await requireUnit(deps.db, actor, input.parentId);
  if (parent.valid_to !== null || !canHoldChild(parent.kind, input.kind)) throw new AppError('INVALID_MOVE');
  const now = nowIsoOf(deps.clock);
  const id = newId();
  const validFrom = input.validFrom ?? today(deps.clock);
  const row: OrgUnitTable = {
    id,
    parent_id: parent.id,
    kind: input.kind,
    name: input.name,
    code: input.code ?? null,
    grid_kind: input.kind === 'grid' ? (input.gridKind ?? 'regular') : null,
    path: childPath(parent.path, id),
    valid_from: validFrom,
    valid_to: null,
    merged_into_id: null,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertUnit(trx, row);
    await repo.insertLink(trx, {
      id: newId(),
      unit_id: id,
      parent_id: parent.id,
      valid_from: validFrom,
      valid_to: null,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'territory.create',
      subjectType: 'org_unit',
      subjectId: id,
      orgPath: row.path,
      changes: { kind: row.kind, name: row.name, parentId: parent.id, validFrom },
    });
  });
  return toUnitView(actor, row, parent.id, parent.path);
}

export async function updateUnit(deps: Deps, actor: Actor, id: string, input: UnitUpdateInput) {
  authorize(actor, 'territory:write');
  const unit = await requireUnit(deps.db, actor, id);
  if (unit.valid_to !== null) throw new AppError('CONFLICT');
  const patch = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.code !== undefined && { code: input.code }),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUnit(trx, id, { ...patch, updated_at: nowIsoOf(deps.clock) });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'territory.update',
      subjectType: 'org_unit',
      subjectId: id,
      orgPath: unit.path,
      changes: { before: { name: unit.name, code: unit.code }, after: patch },
    });
  });
  return toUnitView(actor, { ...unit, ...patch }, unit.parent_id, parentPathOf(unit.path));
}

export async function unitHistory(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'territory:read');
  await requireUnit(deps.db, actor, id);
  const links = await repo.linksOf(deps.db, id);
  return {
    items: links.map((l) => ({
      parentId: l.parent_id,
      parentName: l.parent_name,
      validFrom: l.valid_from,
      validTo: l.valid_to,
    })),
  };
}

export async function parentAt(deps: Deps, actor: Actor, id: string, date: string) {
  authorize(actor, 'territory:read');
  await requireUnit(deps.db, actor, id);
  const p = await repo.linkAt(deps.db, id, date);
  return { date, parent: p?.id ? { id: p.id, name: p.name as string, kind: p.kind as UnitKind } : null };
}

/** Grids the actor may place people in; callers have authorized their own use case. */
export const gridsInScope = (deps: Deps, actor: Actor) => repo.currentGridsInScope(deps.db, actor.scope);

/** Units in force on a date with their parent on that date (aggregates; the caller has authorized). */
export const unitsInForce = (deps: Deps, scope: OrgScope, date: string) => repo.listUnitsAt(deps.db, scope, date);

/** A new root (subdistrict). Only an actor whose scope is the whole tree may do it (system, later a city admin). */
export async function createSubdistrict(
  deps: Deps,
  actor: Actor,
  input: { name: string; code?: string; validFrom: string },
) {
  authorize(actor, 'territory:restructure');
  if (!actor.scope.paths.includes('/')) throw new AppError('FORBIDDEN');
  const now = nowIsoOf(deps.clock);
  const id = newId();
  const row: OrgUnitTable = {
    id,
    parent_id: null,
    kind: 'subdistrict',
    grid_kind: null,
    name: input.name,
    code: input.code ?? null,
    path: `/${id}/`,
    valid_from: input.validFrom,
    valid_to: null,
    merged_into_id: null,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertUnit(trx, row);
    await repo.insertLink(trx, {
      id: newId(),
      unit_id: id,
      parent_id: null,
      valid_from: input.validFrom,
      valid_to: null,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'territory.create',
      subjectType: 'org_unit',
      subjectId: id,
      orgPath: row.path,
      changes: { kind: 'subdistrict', name: row.name },
    });
  });
  return row;
}

// ---- What other modules ask of the territory: one answer each (they never query org_units themselves) ----

/**
 * A community or village (社区/村) in the actor's scope: 404 outside it, and one answer for any other unit,
 * 400 `validation.community` at `at` (the request field that named it). It must be in force unless `inForce`
 * is false (filters over records that a merged community still holds).
 */
export async function requireCommunity(
  db: Conn,
  actor: Actor,
  id: string,
  { at = ['body', 'unitId'], inForce = true }: { at?: readonly string[]; inForce?: boolean } = {},
): Promise<OrgUnitTable> {
  const unit = await requireUnit(db, actor, id);
  if (!isCommunity(unit.kind as UnitKind) || (inForce && unit.valid_to !== null)) {
    throw new AppError('VALIDATION', { issues: [{ code: 'custom', path: [...at], message: 'validation.community' }] });
  }
  return unit;
}

/** The actor's own community (self-service users are scoped to the community they live in), or one they name in scope. */
export const ownCommunity = (db: Conn, actor: Actor, communityId?: string, inForce = true) =>
  requireCommunity(db, actor, communityId ?? actor.scopeUnitId, { at: ['body', 'communityId'], inForce });

/** The materialized path of a unit, or null for an unknown id (audit paths, session scope). */
export const unitPathOf = (db: Conn, id: string) => repo.unitPath(db, id);

/** Unit names by id, for lists that show where a record lies. */
export const unitNamesById = async (db: Conn, ids: readonly string[]): Promise<Map<string, string>> =>
  new Map((await repo.unitNames(db, [...new Set(ids)])).map((r) => [r.id, r.name]));

/** A unit of the given kinds by id, without a scope (public pages): in force unless `inForce` is false. */
export const publicUnit = (db: Conn, id: string, kinds: readonly UnitKind[], inForce = true) =>
  repo.unitOfKinds(db, id, kinds, inForce);

/** Units of the given kinds, by path: in force (unless `ended`), inside a scope and/or under a path if given. */
export const unitsOfKinds = (db: Conn, kinds: readonly UnitKind[], filter?: repo.UnitsFilter) =>
  repo.unitsOfKinds(db, kinds, filter);
export type UnitRow = Awaited<ReturnType<typeof unitsOfKinds>>[number];

/** Every unit in the scope (merged ones too) with its map boundary. */
export const unitsWithBoundaries = (db: Conn, scope: OrgScope) => repo.unitsWithBoundaries(db, scope);

/** The current grids of a community, by name. */
export const gridsOfCommunity = (db: Conn, communityId: string) => repo.childrenOfKind(db, communityId, 'grid');

/** Current communities in scope (villages not counted) with the households registered in their grids. */
export const communitiesWithHouseholds = (db: Conn, scope: OrgScope) => repo.communitiesWithHouseholds(db, scope);

/** Whether the database holds any territory yet (first set-up runs only on an empty one). */
export const hasTerritory = (db: Conn) => repo.anyUnit(db);
