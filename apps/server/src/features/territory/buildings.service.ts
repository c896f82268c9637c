import type { BuildingCreateInput, HouseholdCreateInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireGrid } from './territory.service.ts';
import * as repo from './territory.repo.ts';

/** Buildings (楼栋) and households (户) hang off grids; they are registry data (resident:write). */
export async function listBuildings(deps: Deps, actor: Actor, gridId: string) {
  authorize(actor, 'territory:read');
  await requireGrid(deps.db, actor, gridId);
  const rows = await repo.buildingsOfGrid(deps.db, gridId);
  return { items: rows.map((b) => ({ id: b.id, gridId: b.grid_id, name: b.name, address: b.address })) };
}

export async function createBuilding(deps: Deps, actor: Actor, input: BuildingCreateInput) {
  authorize(actor, 'resident:write');
  const grid = await requireGrid(deps.db, actor, input.gridId);
  const now = nowIsoOf(deps.clock);
  const row = {
    id: newId(),
    grid_id: grid.id,
    name: input.name,
    address: input.address,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertBuilding(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'building.create',
      subjectType: 'building',
      subjectId: row.id,
      orgPath: grid.path,
      changes: { name: row.name, address: row.address },
    });
  });
  return { id: row.id, gridId: row.grid_id, name: row.name, address: row.address };
}

export async function listHouseholds(deps: Deps, actor: Actor, gridId: string) {
  authorize(actor, 'territory:read');
  await requireGrid(deps.db, actor, gridId);
  const rows = await repo.householdsOfGrid(deps.db, gridId);
  return {
    items: rows.map((h) => ({
      id: h.id,
      gridId: h.grid_id,
      buildingId: h.building_id,
      address: h.address,
      residentCount: Number(h.resident_count),
    })),
  };
}

export async function createHousehold(deps: Deps, actor: Actor, input: HouseholdCreateInput) {
  authorize(actor, 'resident:write');
  const grid = await requireGrid(deps.db, actor, input.gridId);
  if (input.buildingId) {
    const building = await repo.findBuilding(deps.db, input.buildingId);
    if (!building || building.grid_id !== grid.id) throw new AppError('NOT_FOUND', { outOfScope: Boolean(building) });
  }
  const now = nowIsoOf(deps.clock);
  const row = {
    id: newId(),
    grid_id: grid.id,
    building_id: input.buildingId ?? null,
    address: input.address,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertHousehold(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'household.create',
      subjectType: 'household',
      subjectId: row.id,
      orgPath: grid.path,
      changes: { address: row.address, buildingId: row.building_id },
    });
  });
  return { id: row.id, gridId: row.grid_id, buildingId: row.building_id, address: row.address, residentCount: 0 };
}

/** A household the actor may use, in the given grid. */
export async function requireHouseholdInGrid(deps: Deps, householdId: string, gridId: string) {
  const household = await repo.findHousehold(deps.db, householdId);
  if (!household || household.grid_id !== gridId) throw new AppError('NOT_FOUND', { outOfScope: Boolean(household) });
  return household;
}
