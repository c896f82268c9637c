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
import { canHoldChild, childPath, holdsPeople, type UnitKind } from './territory.rules.ts';
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
  if (!holdsPeople(unit.kind as UnitKind) || unit.valid_to !== null) {
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

export interface CreateUnitInput {
  parentId: string;
  kind: Exclude<UnitKind, 'subdistrict'>;
  gridKind?: 'regular' | 'dedicated';
  name: string;
  code?: string;
  validFrom?: string;
}

export async function createUnit(deps: Deps, actor: Actor, input: CreateUnitInput) {
  authorize(actor, 'territory:write');
  const parent = await requireUnit(deps.db, actor, input.parentId);
  if (parent.valid_to !== null || !canHoldChild(parent.kind as UnitKind, input.kind))
    throw new AppError('INVALID_MOVE');
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

export async function updateUnit(deps: Deps, actor: Actor, id: string, input: { name?: string; code?: string | null }) {
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
