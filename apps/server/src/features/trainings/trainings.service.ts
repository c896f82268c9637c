import type { TrainingCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { newId } from '../../platform/ids.ts';
import { audited } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import * as repo from './trainings.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { trainingCounterOf } from './trainings.indicators.ts';
import { nowIsoOf } from '../../platform/clock.ts';

export async function createTraining(deps: Deps, actor: Actor, input: TrainingCreate) {
  authorize(actor, 'partylife:write');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  const row = {
    id: newId(),
    unit_id: unit.id,
    kind: input.kind,
    title: input.title,
    held_on: input.heldOn,
    place: input.place,
    created_by: actor.userId,
    created_at: nowIsoOf(deps.clock),
  };
  const participants = input.participants.map((p) => ({
    id: newId(),
    training_id: row.id,
    name: p.name,
    post: p.post,
    attended: p.attended ? 1 : 0,
  }));
  await audited(
    deps,
    actor,
    {
      action: 'training.create',
      subjectType: 'training',
      subjectId: row.id,
      orgPath: unit.path,
      changes: { kind: row.kind, heldOn: row.held_on, participants: participants.length },
    },
    async (trx) => {
      await repo.insertTraining(trx, row);
      await bumpCounter(trx, trainingCounterOf(row.kind), row.unit_id, row.held_on);
      await repo.insertParticipants(trx, participants);
    },
  );
  return {
    id: row.id,
    unitId: row.unit_id,
    kind: input.kind,
    title: row.title,
    heldOn: row.held_on,
    place: row.place,
    participants: participants.length,
    attended: participants.filter((p) => p.attended).length,
  };
}

export async function listTrainings(deps: Deps, actor: Actor, year: number) {
  authorize(actor, 'partylife:read');
  const rows = await repo.listTrainings(deps.db, actor.scope, year);
  return {
    items: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      kind: r.kind,
      title: r.title,
      heldOn: r.held_on,
      place: r.place,
      participants: Number(r.participants),
      attended: Number(r.attended),
    })),
  };
}

/** The article's figures ("3 study visits, 8 trainings") computed from the records of a year. */
export async function trainingStats(deps: Deps, actor: Actor, year: number) {
  const { items } = await listTrainings(deps, actor, year);
  const byKind: Record<string, number> = {};
  for (const t of items) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
  const studyVisits = byKind.study_visit ?? 0;
  return {
    year,
    studyVisits,
    trainings: items.length - studyVisits,
    byKind,
    attendance: items.reduce((s, t) => s + t.attended, 0),
  };
}
