import type { StageBody } from '@jishi/shared';
import { addDays, daysBetween } from '../../platform/local-date.ts';

/**
 * The stage engine: a pure function of a procedure template and the stage records of one matter.
 * It says which stage is next, whether a meeting passes its quorum and pass rules (exact integer
 * arithmetic, no floating point), and whether a new record is in order (no skipping, a failed stage
 * is repeated, a passed one is not, notice periods run out before the next stage, 一肩挑 merge).
 */
export type StageKind = 'solicitation' | 'meeting' | 'notice';
/** "at least num/den" (gte) or "more than num/den" (gt). */
export interface Ratio {
  num: number;
  den: number;
  op: 'gte' | 'gt';
}
export interface PassRule extends Ratio {
  base: 'due' | 'present';
}

export interface StageDef {
  seq: number;
  code: string;
  name: string;
  body: StageBody;
  quorum: Ratio | null;
  pass: PassRule | null;
  noticeDays: number | null;
  mergeableWithPrevious: boolean;
}

export interface Tally {
  due: number;
  present: number;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

/** What the engine needs to know about a stored record. */
export interface AttemptFacts {
  stageSeq: number;
  throughSeq: number;
  passed: boolean;
  /** Meeting date, or the first day of a notice. */
  date: string;
  noticeUntil: string | null;
}

export const stageKind = (body: StageBody): StageKind =>
  body === 'solicitation'
    ? 'solicitation'
    : body === 'resolution_notice' || body === 'result_notice'
      ? 'notice'
      : 'meeting';

/** part/whole satisfies the ratio, compared as part·den vs num·whole (exact for integers). */
export function satisfies(part: number, whole: number, r: Ratio): boolean {
  if (whole <= 0) return false;
  const left = BigInt(part) * BigInt(r.den);
  const right = BigInt(r.num) * BigInt(whole);
  return r.op === 'gte' ? left >= right : left > right;
}

/** The smallest count out of `whole` that satisfies the ratio ("more than half of 10" → 6). */
export function needed(whole: number, r: Ratio): number {
  const product = r.num * whole;
  return r.op === 'gte' ? Math.floor((product + r.den - 1) / r.den) : Math.floor(product / r.den) + 1;
}

/** Counts that cannot be true: nobody due, more present than due, more votes than people present. */
export function tallyProblem(t: Tally): boolean {
  return t.due < 1 || t.present > t.due || t.votesFor + t.votesAgainst + t.votesAbstain > t.present;
}

export interface Evaluation {
  quorumMet: boolean | null;
  passed: boolean;
}

/** A record covering `stages` (two when merged under 一肩挑) passes when every stage's rules are met. */
export function evaluate(stages: StageDef[], tally: Tally | null): Evaluation {
  const ruled = stages.filter((s) => s.quorum || s.pass);
  if (ruled.length === 0) return { quorumMet: null, passed: true };
  if (!tally) return { quorumMet: false, passed: false };
  let quorumMet = true;
  let passMet = true;
  for (const s of ruled) {
    if (s.quorum && !satisfies(tally.present, tally.due, s.quorum)) quorumMet = false;
    if (s.pass && !satisfies(tally.votesFor, s.pass.base === 'due' ? tally.due : tally.present, s.pass))
      passMet = false;
  }
  return { quorumMet, passed: quorumMet && passMet };
}

export interface Progress {
  /** The first stage not yet passed; null when every stage has passed. */
  next: StageDef | null;
  passedThrough: number;
  lastFailed: boolean;
  /** Earliest date for the next record: after the last record, after a running notice period. */
  earliestOn: string | null;
  canMerge: boolean;
}

export function progress(stages: StageDef[], attempts: AttemptFacts[], oneShoulder: boolean): Progress {
  let passedThrough = 0;
  let lastDate: string | null = null;
  let noticeUntil: string | null = null;
  for (const a of attempts) {
    if (lastDate === null || a.date > lastDate) lastDate = a.date;
    if (a.passed && a.throughSeq > passedThrough) {
      passedThrough = a.throughSeq;
      noticeUntil = a.noticeUntil;
    }
  }
  const next = stages.find((s) => s.seq === passedThrough + 1) ?? null;
  const after = stages.find((s) => s.seq === passedThrough + 2);
  const canMerge = Boolean(
    oneShoulder &&
      next &&
      after?.mergeableWithPrevious &&
      stageKind(next.body) === 'meeting' &&
      stageKind(after.body) === 'meeting',
  );
  const earliest =
    [lastDate, noticeUntil ? addDays(noticeUntil, 1) : null]
      .filter((d): d is string => d !== null)
      .sort()
      .pop() ?? null;
  const lastFailed = attempts.length > 0 && !attempts[attempts.length - 1].passed;
  return { next, passedThrough, lastFailed, earliestOn: next ? earliest : null, canMerge };
}

export type RecordProblem =
  | 'complete'
  | 'already_passed'
  | 'skip'
  | 'wrong_kind'
  | 'merge_not_allowed'
  | 'before_previous'
  | 'notice_running'
  | 'notice_too_short';

export interface RecordRequest {
  stageSeq: number;
  kind: 'meeting' | 'notice';
  mergeNext: boolean;
  oneShoulder: boolean;
  date: string;
  noticeUntil?: string;
}

/** Whether a new record is in order; the first problem found, or null. */
export function checkRecord(stages: StageDef[], attempts: AttemptFacts[], req: RecordRequest): RecordProblem | null {
  const p = progress(stages, attempts, req.oneShoulder);
  if (!p.next) return 'complete';
  if (req.stageSeq < p.next.seq) return 'already_passed';
  if (req.stageSeq > p.next.seq) return 'skip';
  const kind = stageKind(p.next.body);
  if ((req.kind === 'notice') !== (kind === 'notice')) return 'wrong_kind';
  if (req.mergeNext && !p.canMerge) return 'merge_not_allowed';
  const noticeRunning = attempts.some(
    (a) => a.passed && a.throughSeq === p.passedThrough && a.noticeUntil !== null && req.date <= a.noticeUntil,
  );
  if (noticeRunning) return 'notice_running';
  if (attempts.some((a) => req.date < a.date)) return 'before_previous';
  if (kind === 'notice' && (!req.noticeUntil || noticeLength(req.date, req.noticeUntil) < (p.next.noticeDays ?? 1)))
    return 'notice_too_short';
  return null;
}

/** Days a notice is up, counting the first and the last day. */
export function noticeLength(from: string, until: string): number {
  return daysBetween(from, until) + 1;
}

/** The stages one record covers: the next stage, and the one after it when merged under 一肩挑. */
export function coveredStages(stages: StageDef[], stageSeq: number, mergeNext: boolean): StageDef[] {
  return stages.filter((s) => s.seq === stageSeq || (mergeNext && s.seq === stageSeq + 1));
}
