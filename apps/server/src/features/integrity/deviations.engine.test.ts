import { describe, expect, it } from 'vitest';
import { detectDeviations, type ExerciseFacts, type ItemVersion, type RecordedStep } from './deviations.engine.ts';

/** Shanghai is UTC+8: 2026-03-01T00:00+08:00 is 2026-02-28T16:00Z. */
const at = (date: string, hh = '10'): string => `${date}T${hh}:00:00+08:00`;
const item: ItemVersion = {
  steps: [
    { seq: 1, name: '申请受理', timeLimitDays: 2 },
    { seq: 2, name: '入户调查', timeLimitDays: 5 },
    { seq: 3, name: '民主评议', timeLimitDays: 5 },
    { seq: 4, name: '审核审批', timeLimitDays: 3 },
  ],
  timeLimitDays: 20,
  disclosureDays: 3,
  incompatible: [
    [1, 4],
    [2, 4],
  ],
};
const open: ExerciseFacts = { openedAt: at('2026-03-01'), closedAt: null, disclosedAt: null };
const step = (seq: number, date: string, actorId = `u${seq}`, hh = '10'): RecordedStep => ({
  seq,
  doneAt: at(date, hh),
  actorId,
  actorName: `办理人${actorId}`,
});
const kinds = (d: { kind: string; stepSeq: number | null }[]) => d.map((x) => `${x.kind}:${x.stepSeq ?? '-'}`).sort();

describe('deviation detector', () => {
  it('finds nothing for a clean run within every limit, closed and disclosed in time', () => {
    const steps = [step(1, '2026-03-02'), step(2, '2026-03-06'), step(3, '2026-03-10'), step(4, '2026-03-12')];
    const ex = { ...open, closedAt: at('2026-03-12', '16'), disclosedAt: at('2026-03-15') };
    expect(detectDeviations(item, ex, steps, at('2026-04-30'))).toEqual([]);
  });

  it('an open exercise with the next step still within its limit has no deviation', () => {
    expect(detectDeviations(item, open, [step(1, '2026-03-02')], at('2026-03-07'))).toEqual([]);
  });

  it('skipped step: a later step recorded while an earlier one is missing', () => {
    const d = detectDeviations(item, open, [step(1, '2026-03-02'), step(3, '2026-03-04')], at('2026-03-05'));
    expect(kinds(d)).toEqual(['skipped_step:2']);
  });

  it('skipped step: closing with steps missing names each of them', () => {
    const ex = { ...open, closedAt: at('2026-03-03'), disclosedAt: at('2026-03-03') };
    expect(kinds(detectDeviations(item, ex, [step(1, '2026-03-02')], at('2026-03-03')))).toEqual([
      'skipped_step:2',
      'skipped_step:3',
      'skipped_step:4',
    ]);
  });

  it('out-of-order step: recorded after a later step', () => {
    const d = detectDeviations(
      item,
      open,
      [step(1, '2026-03-02'), step(3, '2026-03-03'), step(2, '2026-03-04')],
      at('2026-03-05'),
    );
    expect(kinds(d)).toEqual(['out_of_order:2']);
  });

  it('step past its time limit: done late (the last day of the limit is still on time)', () => {
    expect(detectDeviations(item, open, [step(1, '2026-03-03', 'u1', '23')], at('2026-03-04'))).toEqual([]);
    const d = detectDeviations(item, open, [step(1, '2026-03-04')], at('2026-03-04'));
    expect(kinds(d)).toEqual(['step_overdue:1']);
  });

  it('step past its time limit: the next step of an open exercise still undone past its limit', () => {
    expect(kinds(detectDeviations(item, open, [step(1, '2026-03-02')], at('2026-03-08')))).toEqual(['step_overdue:2']);
  });

  it('step limits count Shanghai dates: 23:30 UTC is already the next day', () => {
    const late: RecordedStep = { seq: 1, doneAt: '2026-03-03T16:30:00Z', actorId: 'u1', actorName: '甲' };
    expect(kinds(detectDeviations(item, open, [late], '2026-03-03T16:30:00Z'))).toEqual(['step_overdue:1']);
  });

  it('whole exercise past its time limit: still open, or closed late', () => {
    const steps = [step(1, '2026-03-02'), step(2, '2026-03-06'), step(3, '2026-03-10'), step(4, '2026-03-12')];
    expect(kinds(detectDeviations(item, open, steps, at('2026-03-22')))).toEqual(['exercise_overdue:-']);
    const closedLate = { ...open, closedAt: at('2026-03-22'), disclosedAt: at('2026-03-22') };
    expect(kinds(detectDeviations(item, closedLate, steps, at('2026-04-30')))).toEqual(['exercise_overdue:-']);
    const closedOnTime = { ...open, closedAt: at('2026-03-21'), disclosedAt: at('2026-03-21') };
    expect(detectDeviations(item, closedOnTime, steps, at('2026-04-30'))).toEqual([]);
  });

  it('disclosure not published within its days after closing (none yet, or late); items without a disclosure rule never raise it', () => {
    const steps = [step(1, '2026-03-02'), step(2, '2026-03-06'), step(3, '2026-03-10'), step(4, '2026-03-12')];
    const closed = { ...open, closedAt: at('2026-03-12') };
    expect(detectDeviations(item, closed, steps, at('2026-03-15'))).toEqual([]);
    expect(kinds(detectDeviations(item, closed, steps, at('2026-03-16')))).toEqual(['disclosure_missing:-']);
    expect(
      kinds(detectDeviations(item, { ...closed, disclosedAt: at('2026-03-16') }, steps, at('2026-03-20'))),
    ).toEqual(['disclosure_missing:-']);
    expect(detectDeviations({ ...item, disclosureDays: null }, closed, steps, at('2026-04-16'))).toEqual([]);
  });

  it('the same person holding incompatible steps', () => {
    const steps = [
      step(1, '2026-03-02', 'same'),
      step(2, '2026-03-06', 'other'),
      step(3, '2026-03-10', 'x'),
      step(4, '2026-03-12', 'same'),
    ];
    const d = detectDeviations(item, open, steps, at('2026-03-13'));
    expect(kinds(d)).toEqual(['incompatible_holder:4']);
    expect(d[0].detail).toContain('办理人same');
  });

  it('several deviations at once are all reported', () => {
    const steps = [step(3, '2026-03-09', 'a'), step(1, '2026-03-10', 'b')];
    expect(kinds(detectDeviations(item, open, steps, at('2026-03-25')))).toEqual([
      'exercise_overdue:-',
      'out_of_order:1',
      'skipped_step:2',
      'step_overdue:1',
      'step_overdue:2',
    ]);
  });
});
