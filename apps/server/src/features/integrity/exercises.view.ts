import type { ExerciseStepTable, PowerItemStepTable, PowerItemTable } from './integrity.table.ts';
import type { ExerciseRow } from './exercises.repo.ts';
import { detectDeviations, type Deviation, type RecordedStep } from './deviations.engine.ts';
import { engineItem } from './items.view.ts';

export const recordedOf = (steps: ExerciseStepTable[]): RecordedStep[] =>
  steps.map((s) => ({ seq: s.step_seq, doneAt: s.done_at, actorId: s.actor_id, actorName: s.actor_name }));

export function deviationsOf(
  e: Pick<ExerciseRow, 'opened_at' | 'closed_at' | 'disclosed_at'>,
  item: PowerItemTable,
  itemSteps: PowerItemStepTable[],
  steps: ExerciseStepTable[],
  now: string,
): Deviation[] {
  return detectDeviations(
    engineItem(item, itemSteps),
    { openedAt: e.opened_at, closedAt: e.closed_at, disclosedAt: e.disclosed_at },
    recordedOf(steps),
    now,
  );
}

export function toListItem(
  e: ExerciseRow,
  itemSteps: PowerItemStepTable[],
  steps: ExerciseStepTable[],
  deviations: Deviation[],
  openAlerts: number,
) {
  return {
    id: e.id,
    unitId: e.unit_id,
    unitName: e.unit_name,
    itemId: e.item_id,
    itemCode: e.item_code,
    itemName: e.item_name,
    itemVersion: e.item_version,
    title: e.title,
    status: e.status,
    openedAt: e.opened_at,
    closedAt: e.closed_at,
    stepsDone: steps.length,
    stepsTotal: itemSteps.length,
    deviations,
    openAlerts,
  };
}

export const stepView = (s: ExerciseStepTable) => ({
  seq: s.step_seq,
  doneAt: s.done_at,
  actorId: s.actor_id,
  actorName: s.actor_name,
  note: s.note,
  evidence: JSON.parse(s.evidence) as { title: string; ref?: string }[],
  recordedAt: s.created_at,
});

export function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}
