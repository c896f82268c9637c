import type { PremisesInput, RoomInput } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireCommunity, requireUnit } from '../territory/territory.service.ts';
import * as repo from './premises.repo.ts';
import { toPremisesView } from './premises.view.ts';
import { areaFigures } from './premises.stats.ts';

/** Service premises (服务阵地) and their rooms. Scoped through the community's org_units.path. */

/** A room in the actor's scope with its premises and community. */
export async function requireRoom(db: Conn, actor: Actor, roomId: string): Promise<repo.RoomRow> {
  const room = await repo.findRoom(db, roomId);
  assertInScope(actor, room?.unit_path);
  return room as repo.RoomRow;
}
export const findRoom = (db: Conn, roomId: string) => repo.findRoom(db, roomId);

async function requirePremises(db: Conn, actor: Actor, id: string): Promise<repo.PremisesRow> {
  const p = await repo.findPremises(db, id);
  assertInScope(actor, p?.unit_path);
  return p as repo.PremisesRow;
}

async function viewsOf(deps: Deps, rows: repo.PremisesRow[]) {
  const ids = rows.map((p) => p.id);
  const [rooms, added] = await Promise.all([
    repo.roomsOf(deps.db, ids),
    repo.addedAreaOf(deps.db, ids, today(deps.clock)),
  ]);
  const addedBy = new Map(added.map((a) => [a.premises_id, Number(a.added)]));
  return rows.map((p) =>
    toPremisesView(
      p,
      rooms.filter((r) => r.premises_id === p.id),
      addedBy.get(p.id) ?? 0,
    ),
  );
}

export async function listPremises(deps: Deps, actor: Actor, query: { unitId?: string }) {
  authorize(actor, 'service:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return viewsOf(deps, await repo.listPremises(deps.db, actor.scope, unitPath));
}

export async function getPremises(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'service:read');
  const [view] = await viewsOf(deps, [await requirePremises(deps.db, actor, id)]);
  return view;
}

export async function createPremises(deps: Deps, actor: Actor, input: PremisesInput) {
  authorize(actor, 'service:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const id = newId();
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertPremises(trx, {
      id,
      unit_id: unit.id,
      name: input.name,
      area_m2: input.areaM2,
      obtained: input.obtained,
      address: input.address,
      opening_hours: input.openingHours,
      in_use_from: input.inUseFrom,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'premises.create',
      subjectType: 'premises',
      subjectId: id,
      orgPath: unit.path,
      changes: { name: input.name, areaM2: input.areaM2 },
    });
  });
  return getPremises(deps, actor, id);
}

export async function updatePremises(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Partial<Omit<PremisesInput, 'unitId'>>,
) {
  authorize(actor, 'service:write');
  const p = await requirePremises(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updatePremises(trx, id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.areaM2 !== undefined && { area_m2: input.areaM2 }),
      ...(input.obtained !== undefined && { obtained: input.obtained }),
      ...(input.address !== undefined && { address: input.address }),
      ...(input.openingHours !== undefined && { opening_hours: input.openingHours }),
      ...(input.inUseFrom !== undefined && { in_use_from: input.inUseFrom }),
      updated_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'premises.update',
      subjectType: 'premises',
      subjectId: id,
      orgPath: p.unit_path,
      changes: { fields: Object.keys(input) },
    });
  });
  return getPremises(deps, actor, id);
}

export async function addRoom(deps: Deps, actor: Actor, premisesId: string, input: RoomInput) {
  authorize(actor, 'service:write');
  const p = await requirePremises(deps.db, actor, premisesId);
  const id = newId();
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertRoom(trx, {
      id,
      premises_id: premisesId,
      name: input.name,
      kind: input.kind,
      capacity: input.capacity,
      bookable: input.bookable ? 1 : 0,
      needs_approval: input.needsApproval ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'premises.room.create',
      subjectType: 'room',
      subjectId: id,
      orgPath: p.unit_path,
      changes: { name: input.name, kind: input.kind },
    });
  });
  return getPremises(deps, actor, premisesId);
}

export async function updateRoom(deps: Deps, actor: Actor, roomId: string, input: Partial<RoomInput>) {
  authorize(actor, 'service:write');
  const room = await requireRoom(deps.db, actor, roomId);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateRoom(trx, roomId, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.capacity !== undefined && { capacity: input.capacity }),
      ...(input.bookable !== undefined && { bookable: input.bookable ? 1 : 0 }),
      ...(input.needsApproval !== undefined && { needs_approval: input.needsApproval ? 1 : 0 }),
      updated_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'premises.room.update',
      subjectType: 'room',
      subjectId: roomId,
      orgPath: room.unit_path,
      changes: { fields: Object.keys(input) },
    });
  });
  return getPremises(deps, actor, room.premises_id);
}

/** Premises of one community for its public page (no scope: public data only). */
export async function publicPremisesOf(deps: Deps, unitPath: string) {
  return viewsOf(deps, await repo.premisesOfUnit(deps.db, unitPath));
}

/** Total area, area added in the period, the 1000 m² share and the national check, for the actor's scope. */
export async function areaStats(deps: Deps, actor: Actor, query: { from: string; to: string }) {
  authorize(actor, 'service:read');
  if (query.to < query.from)
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['querystring', 'to'], message: 'validation.timeOrder' }],
    });
  return areaFigures(deps.db, actor.scope, query.from, query.to);
}
