import type { ProjectActionInput, ProjectInput, ProjectStatus } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { projectTransition } from './projects.workflow.ts';
import { toProjectView } from './premises.view.ts';
import * as repo from './premises.repo.ts';

/** Construction projects (建设项目) adding area or equipment to a premises, with the three priorities (三个优先). */
async function requireProject(deps: Deps, actor: Actor, id: string): Promise<repo.ProjectRow> {
  const j = await repo.findProject(deps.db, id);
  assertInScope(actor, j?.unit_path);
  return j as repo.ProjectRow;
}

export async function listProjects(deps: Deps, actor: Actor, query: { unitId?: string; status?: ProjectStatus }) {
  authorize(actor, 'service:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  return (await repo.listProjects(deps.db, actor.scope, { unitPath, status: query.status })).map(toProjectView);
}

export async function getProject(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'service:read');
  return toProjectView(await requireProject(deps, actor, id));
}

export async function createProject(deps: Deps, actor: Actor, input: ProjectInput) {
  authorize(actor, 'service:write');
  const premises = await repo.findPremises(deps.db, input.premisesId);
  assertInScope(actor, premises?.unit_path);
  const p = premises as repo.PremisesRow;
  if (input.allocationId) {
    const a = await repo.allocationRecipient(deps.db, input.allocationId);
    if (!a || a.recipient_unit_id !== p.unit_id)
      throw new AppError('VALIDATION', {
        issues: [{ code: 'custom', path: ['body', 'allocationId'], message: 'validation.sameCommunity' }],
      });
  }
  const id = newId();
  const now = nowIsoOf(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertProject(trx, {
      id,
      unit_id: p.unit_id,
      premises_id: p.id,
      name: input.name,
      adds: input.adds,
      budget_fen: input.budgetFen,
      fund_source: input.fundSource,
      allocation_id: input.allocationId,
      status: 'planned',
      priority_project: input.priorityProject ? 1 : 0,
      priority_funds: input.priorityFunds ? 1 : 0,
      priority_equipment: input.priorityEquipment ? 1 : 0,
      planned_area_m2: input.plannedAreaM2,
      area_added_m2: 0,
      equipment: input.equipment,
      started_on: null,
      completed_on: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'project.create',
      subjectType: 'project',
      subjectId: id,
      orgPath: p.unit_path,
      changes: { name: input.name, budgetFen: input.budgetFen },
    });
  });
  return getProject(deps, actor, id);
}

/** start / complete (the area counts from the completion date) / cancel. */
export async function actOnProject(deps: Deps, actor: Actor, id: string, input: ProjectActionInput) {
  authorize(actor, 'service:write');
  const j = await requireProject(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockProject(trx, id, deps.engine.forUpdate);
    const next = projectTransition(current.status, input.action);
    if (!next) throw new AppError('CONFLICT');
    const patch =
      input.action === 'start'
        ? { started_on: input.on }
        : input.action === 'complete'
          ? { completed_on: input.on, area_added_m2: input.areaAddedM2 ?? current.planned_area_m2 }
          : {};
    if (input.action === 'complete' && current.started_on && input.on < current.started_on) {
      throw new AppError('VALIDATION', {
        issues: [{ code: 'custom', path: ['body', 'on'], message: 'validation.timeOrder' }],
      });
    }
    await repo.updateProject(trx, id, { ...patch, status: next, updated_at: nowIsoOf(deps.clock) });
    await recordAudit(trx, deps, auditWho(actor), {
      action: `project.${input.action}`,
      subjectType: 'project',
      subjectId: id,
      orgPath: j.unit_path,
      changes: { from: current.status, to: next, on: input.on },
    });
  });
  return getProject(deps, actor, id);
}
