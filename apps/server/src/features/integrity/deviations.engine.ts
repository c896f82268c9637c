import type { DeviationKind } from '@jishi/shared';
import { addDays, localDay } from '../../platform/local-date.ts';

/**
 * The deviation detector: a pure function of an item version, an exercise's recorded steps and "now".
 * Step limits run from the previous step (the opening for step 1), the whole limit from the opening;
 * both in calendar days on Shanghai dates (decision 0013). Nothing here reads a database or a clock.
 */
export interface ItemVersion {
  steps: { seq: number; name: string; timeLimitDays: number }[];
  timeLimitDays: number;
  disclosureDays: number | null;
  incompatible: [number, number][];
}
export interface ExerciseFacts {
  openedAt: string;
  closedAt: string | null;
  disclosedAt: string | null;
}
/** Recorded steps in the order they were recorded. */
export interface RecordedStep {
  seq: number;
  doneAt: string;
  actorId: string;
  actorName: string;
}
export interface Deviation {
  kind: DeviationKind;
  stepSeq: number | null;
  detail: string;
}

export function detectDeviations(
  item: ItemVersion,
  exercise: ExerciseFacts,
  recorded: readonly RecordedStep[],
  now: string,
): Deviation[] {
  const out: Deviation[] = [];
  const bySeq = new Map(recorded.map((r) => [r.seq, r]));
  const maxDone = Math.max(0, ...recorded.map((r) => r.seq));
  const closed = exercise.closedAt !== null;
  const end = exercise.closedAt ?? now;

  for (const s of item.steps) {
    if (!bySeq.has(s.seq) && (s.seq < maxDone || closed))
      out.push({ kind: 'skipped_step', stepSeq: s.seq, detail: `第${s.seq}步「${s.name}」未办理` });
  }
  let highest = 0;
  for (const r of recorded) {
    if (r.seq < highest)
      out.push({ kind: 'out_of_order', stepSeq: r.seq, detail: `第${r.seq}步在第${highest}步之后办理` });
    highest = Math.max(highest, r.seq);
  }
  out.push(...overdueSteps(item, exercise, bySeq, end, closed));

  const due = addDays(localDay(exercise.openedAt), item.timeLimitDays);
  const finished = localDay(end);
  if (finished > due)
    out.push({
      kind: 'exercise_overdue',
      stepSeq: null,
      detail: `办理时限${item.timeLimitDays}日，应于${due}前办结，${closed ? `实际${finished}办结` : '至今未办结'}`,
    });

  if (item.disclosureDays !== null && exercise.closedAt) {
    const by = addDays(localDay(exercise.closedAt), item.disclosureDays);
    const late = exercise.disclosedAt ? localDay(exercise.disclosedAt) > by : localDay(now) > by;
    if (late)
      out.push({
        kind: 'disclosure_missing',
        stepSeq: null,
        detail: exercise.disclosedAt
          ? `应于${by}前公开，实际${localDay(exercise.disclosedAt)}公开`
          : `应于${by}前公开，至今未公开`,
      });
  }

  for (const [a, b] of item.incompatible) {
    const ra = bySeq.get(a);
    const rb = bySeq.get(b);
    if (ra && rb && ra.actorId === rb.actorId)
      out.push({
        kind: 'incompatible_holder',
        stepSeq: Math.max(a, b),
        detail: `第${a}步与第${b}步均由${ra.actorName}办理（不相容岗位）`,
      });
  }
  return out;
}

/** A step is overdue when done after its limit, or — being the next step of an open exercise — still undone past it. */
function overdueSteps(
  item: ItemVersion,
  exercise: ExerciseFacts,
  bySeq: Map<number, RecordedStep>,
  end: string,
  closed: boolean,
): Deviation[] {
  const out: Deviation[] = [];
  let start = exercise.openedAt;
  for (const s of item.steps) {
    const done = bySeq.get(s.seq);
    const due = addDays(localDay(start), s.timeLimitDays);
    if (done) {
      if (localDay(done.doneAt) > due)
        out.push({
          kind: 'step_overdue',
          stepSeq: s.seq,
          detail: `第${s.seq}步时限${s.timeLimitDays}日，应于${due}前完成，实际${localDay(done.doneAt)}完成`,
        });
      start = done.doneAt;
      continue;
    }
    if (!closed && localDay(end) > due)
      out.push({
        kind: 'step_overdue',
        stepSeq: s.seq,
        detail: `第${s.seq}步时限${s.timeLimitDays}日，应于${due}前完成，至今未完成`,
      });
    break;
  }
  return out;
}
