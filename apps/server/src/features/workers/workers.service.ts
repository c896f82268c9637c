import type { WorkerCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import type { WorkerTable } from './workers.table.ts';
import * as repo from './workers.repo.ts';
import { today } from '../../platform/local-date.ts';

type Origin = 'agency' | 'graduate' | 'public_welfare' | 'resident';
type WorkerRow = WorkerTable & { unit_name: string; unit_kind: string };

/** A sunk cadre (机关下沉) is agency staff working in a community or village. */
export const isSunkCadre = (origin: string, unitKind: string): boolean =>
  origin === 'agency' && (unitKind === 'community' || unitKind === 'village');

const toView = (w: WorkerRow) => ({
  id: w.id,
  name: w.name,
  unitId: w.unit_id,
  unitName: w.unit_name,
  post: w.post,
  origin: w.origin as Origin,
  isSunkCadre: isSunkCadre(w.origin, w.unit_kind),
  isFirstSecretary: Boolean(w.is_first_secretary),
  joinedOn: w.joined_on,
});

/** Workers sit at the subdistrict office (agency staff) or in a community or village. */
async function requireWorkplace(deps: Deps, actor: Actor, unitId: string) {
  const unit = await requireUnit(deps.db, actor, unitId);
  if (!['subdistrict', 'community', 'village'].includes(unit.kind) || unit.valid_to !== null)
    throw new AppError('INVALID_MOVE');
  return unit;
}

export async function listWorkers(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; unitId?: string },
) {
  authorize(actor, 'worker:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const { rows, total } = await repo.listWorkers(deps.db, actor.scope, unitPath, query.page, query.pageSize);
  return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
}

export async function createWorker(deps: Deps, actor: Actor, input: WorkerCreate) {
  authorize(actor, 'worker:write');
  const unit = await requireWorkplace(deps, actor, input.unitId);
  const now = nowIsoOf(deps.clock);
  const row: WorkerTable = {
    id: newId(),
    unit_id: unit.id,
    name: input.name,
    post: input.post,
    origin: input.origin,
    is_first_secretary: Number(input.isFirstSecretary),
    joined_on: input.joinedOn ?? today(deps.clock),
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertWorker(trx, row);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'worker.create',
      subjectType: 'worker',
      subjectId: row.id,
      orgPath: unit.path,
      changes: { name: row.name, post: row.post, origin: row.origin, isFirstSecretary: input.isFirstSecretary },
    });
  });
  return toView({ ...row, unit_name: unit.name, unit_kind: unit.kind });
}

export async function updateWorker(deps: Deps, actor: Actor, id: string, input: Partial<WorkerCreate>) {
  authorize(actor, 'worker:write');
  const current = await repo.findWorker(deps.db, id);
  assertInScope(actor, current?.unit_path);
  const worker = current as NonNullable<typeof current>;
  const unit = input.unitId ? await requireWorkplace(deps, actor, input.unitId) : null;
  const patch: Partial<WorkerTable> = {
    ...(input.name !== undefined && { name: input.name }),
    ...(unit && { unit_id: unit.id }),
    ...(input.post !== undefined && { post: input.post }),
    ...(input.origin !== undefined && { origin: input.origin }),
    ...(input.isFirstSecretary !== undefined && { is_first_secretary: Number(input.isFirstSecretary) }),
    ...(input.joinedOn !== undefined && { joined_on: input.joinedOn }),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateWorker(trx, id, { ...patch, updated_at: nowIsoOf(deps.clock) });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'worker.update',
      subjectType: 'worker',
      subjectId: id,
      orgPath: unit?.path ?? worker.unit_path,
      changes: patch,
    });
  });
  return toView({
    ...worker,
    ...patch,
    unit_name: unit?.name ?? worker.unit_name,
    unit_kind: unit?.kind ?? worker.unit_kind,
  });
}
