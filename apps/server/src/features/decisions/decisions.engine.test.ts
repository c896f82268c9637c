import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkRecord,
  coveredStages,
  evaluate,
  needed,
  noticeLength,
  progress,
  satisfies,
  stageKind,
  tallyProblem,
  type AttemptFacts,
  type Ratio,
  type Tally,
} from './decisions.engine.ts';
import { FOUR_DELIBERATIONS, ONE_SOLICITATION } from './templates.standard.ts';
import { toStageDefs } from './templates.rules.ts';

const village = toStageDefs(FOUR_DELIBERATIONS.stages);
const community = toStageDefs(ONE_SOLICITATION.stages);
const stage = (seq: number) => village[seq - 1];
const tally = (due: number, present: number, votesFor: number, votesAgainst = 0, votesAbstain = 0): Tally => ({
  due,
  present,
  votesFor,
  votesAgainst,
  votesAbstain,
});
const passed = (stageSeq: number, date: string, extra: Partial<AttemptFacts> = {}): AttemptFacts => ({
  stageSeq,
  throughSeq: stageSeq,
  passed: true,
  date,
  noticeUntil: null,
  ...extra,
});
const failed = (stageSeq: number, date: string): AttemptFacts => ({
  stageSeq,
  throughSeq: stageSeq,
  passed: false,
  date,
  noticeUntil: null,
});
const meeting = (stageSeq: number, date: string, mergeNext = false, oneShoulder = false) => ({
  stageSeq,
  kind: 'meeting' as const,
  date,
  mergeNext,
  oneShoulder,
});

describe('exact shares', () => {
  const atLeastTwoThirds: Ratio = { num: 2, den: 3, op: 'gte' };
  const moreThanHalf: Ratio = { num: 1, den: 2, op: 'gt' };

  it('exactly 2/3 meets "at least 2/3"; one fewer does not', () => {
    expect(satisfies(20, 30, atLeastTwoThirds)).toBe(true);
    expect(satisfies(19, 30, atLeastTwoThirds)).toBe(false);
    expect(satisfies(2, 3, atLeastTwoThirds)).toBe(true);
    expect(satisfies(1, 3, atLeastTwoThirds)).toBe(false);
    // 2/3 of 10 is 6.67: 7 is needed, 6 is just under
    expect(satisfies(7, 10, atLeastTwoThirds)).toBe(true);
    expect(satisfies(6, 10, atLeastTwoThirds)).toBe(false);
  });

  it('"more than half" of 10 needs 6; exactly half fails; of 9 needs 5', () => {
    expect(satisfies(6, 10, moreThanHalf)).toBe(true);
    expect(satisfies(5, 10, moreThanHalf)).toBe(false);
    expect(satisfies(5, 9, moreThanHalf)).toBe(true);
    expect(satisfies(4, 9, moreThanHalf)).toBe(false);
    expect(needed(10, moreThanHalf)).toBe(6);
    expect(needed(9, moreThanHalf)).toBe(5);
    expect(needed(30, atLeastTwoThirds)).toBe(20);
    expect(needed(10, atLeastTwoThirds)).toBe(7);
  });

  it('nobody due never satisfies anything', () => {
    expect(satisfies(0, 0, { num: 1, den: 100, op: 'gte' })).toBe(false);
  });

  it('needed() is the exact threshold of satisfies() for every share and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom<'gte' | 'gt'>('gte', 'gt'),
        fc.integer({ min: 1, max: 5000 }),
        (a, b, op, whole) => {
          const r: Ratio = { num: Math.min(a, b), den: Math.max(a, b), op };
          const k = needed(whole, r);
          expect(satisfies(k, whole, r)).toBe(true);
          expect(satisfies(k - 1, whole, r)).toBe(false);
        },
      ),
    );
  });

  it('is exact where floating point is not (no rounding at large counts)', () => {
    const r: Ratio = { num: 2, den: 3, op: 'gte' };
    expect(satisfies(66_667, 100_000, r)).toBe(true);
    expect(satisfies(66_666, 100_000, r)).toBe(false);
  });
});

describe('evaluating a meeting', () => {
  it("Party members' assembly (③): quorum ≥ 2/3 of members, passes with more than half of those DUE", () => {
    const assembly = [stage(3)];
    expect(evaluate(assembly, tally(30, 20, 16))).toEqual({ quorumMet: true, passed: true });
    expect(evaluate(assembly, tally(30, 19, 19))).toEqual({ quorumMet: false, passed: false });
    // 15 of 20 present is a majority of those present but not of the 30 due
    expect(evaluate(assembly, tally(30, 20, 15))).toEqual({ quorumMet: true, passed: false });
    expect(evaluate(assembly, tally(30, 30, 15))).toEqual({ quorumMet: true, passed: false });
  });

  it("representatives' meeting (④): ≥ 2/3 present, passes with more than half of those PRESENT", () => {
    const resolve = [stage(4)];
    expect(evaluate(resolve, tally(30, 20, 11))).toEqual({ quorumMet: true, passed: true });
    expect(evaluate(resolve, tally(30, 20, 10))).toEqual({ quorumMet: true, passed: false });
    expect(evaluate(resolve, tally(30, 19, 19))).toEqual({ quorumMet: false, passed: false });
    expect(evaluate(resolve, tally(10, 7, 4))).toEqual({ quorumMet: true, passed: true });
    expect(evaluate(resolve, tally(10, 6, 6))).toEqual({ quorumMet: false, passed: false });
  });

  it('a solicitation or notice has no rules and passes without counts', () => {
    expect(evaluate([community[0]], null)).toEqual({ quorumMet: null, passed: true });
    expect(evaluate([stage(5)], null)).toEqual({ quorumMet: null, passed: true });
  });

  it('a meeting without counts fails', () => {
    expect(evaluate([stage(1)], null)).toEqual({ quorumMet: false, passed: false });
  });

  it('a merged ①+② record must meet the rules of both stages', () => {
    const merged = coveredStages(village, 1, true);
    expect(merged.map((s) => s.seq)).toEqual([1, 2]);
    expect(evaluate(merged, tally(7, 5, 4))).toEqual({ quorumMet: true, passed: true });
    expect(evaluate(merged, tally(7, 3, 3))).toEqual({ quorumMet: false, passed: false });
    expect(coveredStages(village, 1, false).map((s) => s.seq)).toEqual([1]);
  });

  it('impossible counts are refused before any rule is applied', () => {
    expect(tallyProblem(tally(10, 11, 5))).toBe(true);
    expect(tallyProblem(tally(10, 6, 4, 2, 1))).toBe(true);
    expect(tallyProblem(tally(0, 0, 0))).toBe(true);
    expect(tallyProblem(tally(10, 6, 4, 1, 1))).toBe(false);
  });
});

describe('progress and the order of records', () => {
  it('starts at stage 1 and moves on only past passed stages', () => {
    expect(progress(village, [], false).next?.seq).toBe(1);
    const p = progress(village, [passed(1, '2026-01-01'), passed(2, '2026-01-02'), failed(3, '2026-01-05')], false);
    expect(p).toMatchObject({ passedThrough: 2, lastFailed: true, earliestOn: '2026-01-05' });
    expect(p.next?.seq).toBe(3);
  });

  it('forbids skipping and repeating a passed stage; allows repeating a failed one', () => {
    const history = [passed(1, '2026-01-01'), failed(2, '2026-01-02')];
    expect(checkRecord(village, history, meeting(3, '2026-01-03'))).toBe('skip');
    expect(checkRecord(village, history, meeting(1, '2026-01-03'))).toBe('already_passed');
    expect(checkRecord(village, history, meeting(2, '2026-01-03'))).toBeNull();
    expect(checkRecord(village, [], meeting(2, '2026-01-03'))).toBe('skip');
  });

  it('a record may not be dated before an earlier record of the matter', () => {
    expect(checkRecord(village, [passed(1, '2026-01-10')], meeting(2, '2026-01-09'))).toBe('before_previous');
    expect(checkRecord(village, [passed(1, '2026-01-10')], meeting(2, '2026-01-10'))).toBeNull();
  });

  it('meetings and notices use their own stages', () => {
    const decided = [1, 2, 3, 4].map((s) => passed(s, `2026-01-0${s}`));
    expect(checkRecord(village, decided, meeting(5, '2026-01-05'))).toBe('wrong_kind');
    expect(
      checkRecord(village, decided.slice(0, 3), {
        stageSeq: 4,
        kind: 'notice',
        date: '2026-01-05',
        noticeUntil: '2026-01-11',
        mergeNext: false,
        oneShoulder: false,
      }),
    ).toBe('wrong_kind');
  });

  it('a notice must be up for at least the notice period (7 days counting both ends)', () => {
    const decided = [1, 2, 3, 4].map((s) => passed(s, `2026-01-0${s}`));
    const notice = (until: string) => ({
      stageSeq: 5,
      kind: 'notice' as const,
      date: '2026-01-05',
      noticeUntil: until,
      mergeNext: false,
      oneShoulder: false,
    });
    expect(noticeLength('2026-01-05', '2026-01-11')).toBe(7);
    expect(checkRecord(village, decided, notice('2026-01-11'))).toBeNull();
    expect(checkRecord(village, decided, notice('2026-01-10'))).toBe('notice_too_short');
  });

  it('the stage after a notice waits until the notice period has ended', () => {
    const history = [
      ...[1, 2, 3, 4].map((s) => passed(s, `2026-01-0${s}`)),
      passed(5, '2026-01-05', { noticeUntil: '2026-01-11' }),
    ];
    const result = (date: string) => ({
      stageSeq: 6,
      kind: 'notice' as const,
      date,
      noticeUntil: '2026-02-28',
      mergeNext: false,
      oneShoulder: false,
    });
    expect(checkRecord(village, history, result('2026-01-11'))).toBe('notice_running');
    expect(checkRecord(village, history, result('2026-01-12'))).toBeNull();
    expect(progress(village, history, false).earliestOn).toBe('2026-01-12');
  });

  it('is complete after the result notice', () => {
    const all = [
      ...[1, 2, 3, 4].map((s) => passed(s, `2026-01-0${s}`)),
      passed(5, '2026-01-05', { noticeUntil: '2026-01-11' }),
      passed(6, '2026-01-12', { noticeUntil: '2026-01-18' }),
    ];
    const p = progress(village, all, false);
    expect(p).toMatchObject({ next: null, passedThrough: 6, earliestOn: null });
    expect(checkRecord(village, all, meeting(6, '2026-02-01'))).toBe('complete');
  });
});

describe('一肩挑: merging ① and ②', () => {
  it('is offered only when the matter is a 一肩挑 case and the next stage is mergeable', () => {
    expect(progress(village, [], true).canMerge).toBe(true);
    expect(progress(village, [], false).canMerge).toBe(false);
    expect(progress(village, [passed(1, '2026-01-01')], true).canMerge).toBe(false);
    expect(checkRecord(village, [], meeting(1, '2026-01-01', true, false))).toBe('merge_not_allowed');
    expect(checkRecord(village, [passed(1, '2026-01-01')], meeting(2, '2026-01-02', true, true))).toBe(
      'merge_not_allowed',
    );
    expect(checkRecord(village, [], meeting(1, '2026-01-01', true, true))).toBeNull();
  });

  it('a passed merged record covers both stages; the next stage is ③', () => {
    const merged = { stageSeq: 1, throughSeq: 2, passed: true, date: '2026-01-01', noticeUntil: null };
    expect(progress(village, [merged], true).next?.seq).toBe(3);
    expect(checkRecord(village, [merged], meeting(2, '2026-01-02'))).toBe('already_passed');
  });

  it('a failed merged record leaves ① next, and it may be repeated merged or alone', () => {
    const merged = { stageSeq: 1, throughSeq: 2, passed: false, date: '2026-01-01', noticeUntil: null };
    expect(progress(village, [merged], true).next?.seq).toBe(1);
    expect(checkRecord(village, [merged], meeting(1, '2026-01-02', true, true))).toBeNull();
    expect(checkRecord(village, [merged], meeting(1, '2026-01-02', false, true))).toBeNull();
  });

  it('the community procedure merges ② and ③ (the solicitation is not a meeting)', () => {
    expect(progress(community, [], true).canMerge).toBe(false);
    expect(progress(community, [passed(1, '2026-01-01')], true).canMerge).toBe(true);
  });
});

describe('stage kinds', () => {
  it('classifies every body', () => {
    expect(village.map((s) => stageKind(s.body))).toEqual([
      'meeting',
      'meeting',
      'meeting',
      'meeting',
      'notice',
      'notice',
    ]);
    expect(community.map((s) => stageKind(s.body))).toEqual([
      'solicitation',
      'meeting',
      'meeting',
      'meeting',
      'notice',
      'notice',
    ]);
  });
});
