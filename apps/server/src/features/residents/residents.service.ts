import type { ResidentCreate, ResidentUpdate, RevealInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Conn, Trx } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';

import { newId } from '../../platform/ids.ts';
import { auditWho, recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { requireGrid, requireUnit } from '../territory/territory.service.ts';
import { requireHouseholdInGrid } from '../territory/buildings.service.ts';
import type { ResidentTable } from './residents.table.ts';
import { fromIdNumber, sealIdNumber, sealPersonal, sealPhone } from './residents.pi.ts';
import { toResidentView } from './residents.view.ts';
import * as repo from './residents.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { RESIDENTS } from './residents.indicators.ts';
import { today } from '../../platform/local-date.ts';
import { nowIsoOf } from '../../platform/clock.ts';

export interface ResidentQuery {
  page: number;
  pageSize: number;
  q?: string;
  gridId?: string;
  flag?: 'needy' | 'elderly' | 'disabled';
}

export async function filterFor(
  deps: Deps,
  actor: Actor,
  query: { q?: string; gridId?: string; flag?: ResidentQuery['flag'] },
) {
  const gridPath = query.gridId ? (await requireUnit(deps.db, actor, query.gridId)).path : undefined;
  return { q: query.q, flag: query.flag, gridPath };
}

export async function listResidents(deps: Deps, actor: Actor, query: ResidentQuery) {
  authorize(actor, 'resident:read');
  const { rows, total } = await repo.listResidents(
    deps.db,
    actor.scope,
    await filterFor(deps, actor, query),
    query.page,
    query.pageSize,
  );
  return { items: rows.map((r) => toResidentView(actor, r)), total, page: query.page, pageSize: query.pageSize };
}

async function requireResident(deps: Deps, actor: Actor, id: string) {
  const row = await repo.findResident(deps.db, id);
  assertInScope(actor, row?.grid_path);
  return row as NonNullable<typeof row>;
}

export async function getResident(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'resident:read');
  return toResidentView(actor, await requireResident(deps, actor, id));
}

/** The stored row for a validated input: PI sealed, birth date and gender read off the ID number. */
export function residentRow(deps: Deps, input: ResidentCreate, id = newId()): ResidentTable {
  const derived = input.idNumber ? fromIdNumber(input.idNumber) : null;
  const now = nowIsoOf(deps.clock);
  return {
    id,
    grid_id: input.gridId,
    household_id: input.householdId ?? null,
    name: input.name,
    gender: input.gender ?? derived?.gender ?? null,
    birth_date: input.birthDate ?? derived?.birthDate ?? null,
    address: input.address,
    ...sealPersonal(deps.cipher, input.idNumber ?? null, input.phone ?? null),
    is_needy: Number(input.isNeedy),
    is_elderly: Number(input.isElderly),
    is_disabled: Number(input.isDisabled),
    registered_on: input.registeredOn ?? today(deps.clock),
    created_at: now,
    updated_at: now,
    removed_at: null,
  };
}

export async function insertAudited(
  deps: Deps,
  trx: Trx,
  actor: Actor,
  row: ResidentTable,
  orgPath: string,
  action = 'resident.create',
) {
  await repo.insertResident(trx, row);
  await bumpCounter(trx, RESIDENTS, row.grid_id, row.registered_on);
  await recordAudit(trx, deps, auditWho(actor), {
    action,
    subjectType: 'resident',
    subjectId: row.id,
    orgPath,
    changes: { name: row.name, gridId: row.grid_id, idNumber: row.id_no_mask, phone: row.phone_mask },
  });
}

export async function createResident(deps: Deps, actor: Actor, input: ResidentCreate) {
  authorize(actor, 'resident:write');
  const grid = await requireGrid(deps.db, actor, input.gridId);
  if (input.householdId) await requireHouseholdInGrid(deps, input.householdId, grid.id);
  const row = residentRow(deps, input);
  await deps.db.transaction().execute((trx) => insertAudited(deps, trx, actor, row, grid.path));
  return toResidentView(actor, { ...row, grid_name: grid.name, grid_path: grid.path });
}

export async function updateResident(deps: Deps, actor: Actor, id: string, input: ResidentUpdate) {
  authorize(actor, 'resident:write');
  const current = await requireResident(deps, actor, id);
  const grid = input.gridId
    ? await requireGrid(deps.db, actor, input.gridId)
    : { id: current.grid_id, name: current.grid_name, path: current.grid_path };
  const householdId =
    input.householdId === undefined ? (input.gridId ? null : current.household_id) : input.householdId;
  if (householdId) await requireHouseholdInGrid(deps, householdId, grid.id);
  const patch: Partial<ResidentTable> = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.gender !== undefined && { gender: input.gender }),
    ...(input.birthDate !== undefined && { birth_date: input.birthDate }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.isNeedy !== undefined && { is_needy: Number(input.isNeedy) }),
    ...(input.isElderly !== undefined && { is_elderly: Number(input.isElderly) }),
    ...(input.isDisabled !== undefined && { is_disabled: Number(input.isDisabled) }),
    ...(input.idNumber !== undefined && sealIdNumber(deps.cipher, input.idNumber)),
    ...(input.phone !== undefined && sealPhone(deps.cipher, input.phone)),
    grid_id: grid.id,
    household_id: householdId,
    updated_at: nowIsoOf(deps.clock),
  };
  const next = { ...current, ...patch };
  const textChanged = next.name !== current.name || next.address !== current.address;
  const changed = Object.keys(patch).filter(
    (k) => k !== 'updated_at' && patch[k as keyof ResidentTable] !== current[k as keyof ResidentTable],
  );
  await deps.db.transaction().execute(async (trx) => {
    const placed = await repo.lockedPlacement(trx, id, deps.engine.forUpdate);
    await repo.updateResident(trx, id, patch, textChanged ? { name: next.name, address: next.address } : undefined);
    if (placed.grid_id !== grid.id) await moveCounted(trx, placed, grid.id);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'resident.update',
      subjectType: 'resident',
      subjectId: id,
      orgPath: grid.path,
      changes: { fields: changed.filter((k) => !k.endsWith('_enc') && !k.endsWith('_bidx')) },
    });
  });
  return toResidentView(actor, { ...next, grid_name: grid.name, grid_path: grid.path });
}

/** Moving out (迁出) keeps the record for history and statistics; it leaves lists and searches. */
export async function removeResident(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'resident:write');
  const current = await requireResident(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    // a concurrent move-out got here first: nothing more to change or count
    const placed = await repo.lockedPlacement(trx, id, deps.engine.forUpdate);
    if (placed.removed_at) return;
    const now = nowIsoOf(deps.clock);
    await repo.updateResident(trx, id, { removed_at: now, updated_at: now });
    await bumpCounter(trx, RESIDENTS, placed.grid_id, now, -1);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'resident.remove',
      subjectType: 'resident',
      subjectId: id,
      orgPath: current.grid_path,
    });
  });
}

/**
 * A resident moved to another grid is counted where they live now over their whole registration
 * (the registered-residents figure, like its recount, follows the current grid): their cells move along.
 */
async function moveCounted(
  trx: Trx,
  placed: { grid_id: string; registered_on: string; removed_at: string | null },
  toGrid: string,
) {
  for (const [at, sign] of [
    [placed.registered_on, 1],
    [placed.removed_at, -1],
  ] as const) {
    if (!at) continue;
    await bumpCounter(trx, RESIDENTS, placed.grid_id, at, -sign);
    await bumpCounter(trx, RESIDENTS, toGrid, at, sign);
  }
}

/** Full ID number / phone / birth date for a role allowed to see them, with a reason that is audited. */
export async function revealResident(deps: Deps, actor: Actor, id: string, input: RevealInput) {
  authorize(actor, 'pi:reveal');
  const row = await requireResident(deps, actor, id);
  const out: { idNumber?: string | null; phone?: string | null; birthDate?: string | null } = {};
  if (input.fields.includes('idNumber'))
    out.idNumber = row.id_no_enc ? deps.cipher.decrypt('id_no', row.id_no_enc) : null;
  if (input.fields.includes('phone')) out.phone = row.phone_enc ? deps.cipher.decrypt('phone', row.phone_enc) : null;
  if (input.fields.includes('birthDate')) out.birthDate = row.birth_date;
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'resident.reveal',
    subjectType: 'resident',
    subjectId: id,
    orgPath: row.grid_path,
    changes: { fields: input.fields },
    reason: input.reason,
  });
  return out;
}

/** Phones elsewhere (in-service members) are sealed exactly as residents' are: cipher text, blind index, mask. */
/** Residents in need (困难群众) with their grid's path, by id (the demo's pairing seed; no scope). */
export const needyWithGridPath = (db: Conn) => repo.needyWithGridPath(db);

export { sealPhone } from './residents.pi.ts';
