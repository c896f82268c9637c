import type { MatterStatus, StageMeetingInput, StageNoticeInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Trx } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { scopeCovers } from '../../platform/org-scope.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import type { DecisionAttendeeTable, DecisionMatterTable, DecisionRecordTable } from './decisions.table.ts';
import {
  checkRecord,
  coveredStages,
  evaluate,
  progress,
  stageKind,
  tallyProblem,
  type RecordProblem,
  type RecordRequest,
  type StageDef,
  type Tally,
} from './decisions.engine.ts';
import { allows, noticeAction } from './decisions.workflow.ts';
import { assertDateOpen } from './periods.service.ts';
import { stagesFor } from './templates.service.ts';
import { factsOf } from './matters.view.ts';
import { matterDetail, nextStatus, requireMatter } from './matters.service.ts';
import * as repo from './matters.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { PROBLEMS_SOLVED } from './decisions.indicators.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { matterTodoKinds } from './decisions.todos.ts';

const issue = (path: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', path], message }] });

function refuse(problem: RecordProblem, dateField: string): AppError {
  if (problem === 'notice_running') return new AppError('NOTICE_RUNNING');
  if (problem === 'before_previous') return issue(dateField, 'validation.beforePrevious');
  if (problem === 'notice_too_short') return issue('noticeUntil', 'validation.noticeTooShort');
  return new AppError('STAGE_ORDER');
}

interface Loaded {
  matter: DecisionMatterTable;
  stages: StageDef[];
  records: DecisionRecordTable[];
}

/** Inside the write transaction: the locked matter, its stages and records, and the engine's verdict on the request. */
async function loadChecked(
  trx: Trx,
  deps: Deps,
  matterId: string,
  templateId: string,
  req: Omit<RecordRequest, 'oneShoulder'>,
  dateField: string,
  lifecycle: (status: MatterStatus) => void,
): Promise<Loaded> {
  const matter = await repo.lockMatter(trx, matterId, deps.engine.forUpdate);
  lifecycle(matter.status);
  const [stages, records] = await Promise.all([stagesFor(trx, [templateId]), repo.recordsOf(trx, [matterId])]);
  const list = stages.get(templateId) ?? [];
  const problem = checkRecord(list, records.map(factsOf), { ...req, oneShoulder: Boolean(matter.one_shoulder) });
  if (problem) throw refuse(problem, dateField);
  return { matter, stages: list, records };
}

/** Named attendees from the registry must live under the hall; their names are copied from the registry. */
async function attendeeRows(
  deps: Deps,
  actor: Actor,
  hallPath: string,
  recordId: string,
  input: StageMeetingInput['attendees'],
): Promise<DecisionAttendeeTable[]> {
  const ids = input.flatMap((a) => ('residentId' in a ? [a.residentId] : []));
  const found = new Map((await repo.residentsWithPath(deps.db, ids)).map((r) => [r.id, r]));
  return input.map((a, i) => {
    if (!('residentId' in a)) return { id: newId(), record_id: recordId, seq: i + 1, resident_id: null, name: a.name };
    const r = found.get(a.residentId);
    if (!r) throw new AppError('NOT_FOUND');
    if (!scopeCovers(actor.scope, r.path)) throw new AppError('NOT_FOUND', { outOfScope: true });
    if (!r.path.startsWith(hallPath)) throw issue('attendees', 'validation.parentKind');
    return { id: newId(), record_id: recordId, seq: i + 1, resident_id: r.id, name: r.name };
  });
}

function tallyOf(input: StageMeetingInput): Tally {
  const { due, present, votesFor, votesAgainst, votesAbstain } = input;
  if (due === undefined || present === undefined || votesFor === undefined)
    throw issue('due', 'validation.tallyRequired');
  const t = { due, present, votesFor, votesAgainst: votesAgainst ?? 0, votesAbstain: votesAbstain ?? 0 };
  if (tallyProblem(t)) throw issue('present', 'validation.tally');
  return t;
}

/** Records a meeting (or the solicitation) for the next stage; a failed quorum or vote is recorded too, and does not advance. */
export async function recordMeeting(deps: Deps, actor: Actor, matterId: string, input: StageMeetingInput) {
  authorize(actor, 'decision:write');
  await saveMeeting(deps, actor, matterId, input);
  return matterDetail(deps, actor, await requireMatter(deps.db, actor, matterId));
}

/** The write of recordMeeting without reading the matter back (bulk loading). */
export async function saveMeeting(deps: Deps, actor: Actor, matterId: string, input: StageMeetingInput): Promise<void> {
  authorize(actor, 'decision:write');
  const m = await requireMatter(deps.db, actor, matterId);
  const recordId = newId();
  const attendees = await attendeeRows(deps, actor, m.unit_path, recordId, input.attendees);
  await assertDateOpen(deps, m.unit_path, input.heldOn, 'heldOn');
  await deps.db
    .transaction()
    .execute(async (trx) => {
      const req = {
        stageSeq: input.stageSeq,
        kind: 'meeting' as const,
        mergeNext: input.mergeNext,
        date: input.heldOn,
      };
      const { matter, stages, records } = await loadChecked(
        trx,
        deps,
        matterId,
        m.template_id,
        req,
        'heldOn',
        (status) => nextStatus(status, 'record_passed'),
      );
      const covered = coveredStages(stages, input.stageSeq, input.mergeNext);
      const tally = stageKind(covered[0].body) === 'meeting' ? tallyOf(input) : null;
      const verdict = evaluate(covered, tally);
      const status = nextStatus(matter.status, verdict.passed ? 'record_passed' : 'record_failed');
      const row: DecisionRecordTable = {
        id: recordId,
        matter_id: matterId,
        unit_id: m.unit_id,
        attempt_no: records.length + 1,
        stage_seq: input.stageSeq,
        through_seq: covered[covered.length - 1].seq,
        kind: stageKind(covered[0].body),
        held_on: input.heldOn,
        start_time: input.startTime ?? null,
        end_time: input.endTime ?? null,
        place: input.place,
        form: input.form,
        due: tally?.due ?? null,
        present: tally?.present ?? null,
        votes_for: tally?.votesFor ?? null,
        votes_against: tally?.votesAgainst ?? null,
        votes_abstain: tally?.votesAbstain ?? null,
        minutes: input.minutes,
        supervision_opinion: input.supervisionOpinion || null,
        notice_from: null,
        notice_until: null,
        notice_content: null,
        quorum_met: verdict.quorumMet === null ? null : Number(verdict.quorumMet),
        passed: Number(verdict.passed),
        revision: matter.revision,
        recorded_by: actor.userId,
        created_at: nowIsoOf(deps.clock),
      };
      await repo.insertRecord(trx, row, attendees);
      await repo.updateMatter(trx, matterId, { status, updated_at: row.created_at });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'decision.stage.record',
        subjectType: 'decision_matter',
        subjectId: matterId,
        orgPath: m.unit_path,
        changes: {
          recordId,
          stageSeq: row.stage_seq,
          throughSeq: row.through_seq,
          heldOn: row.held_on,
          tally,
          quorumMet: verdict.quorumMet,
          passed: verdict.passed,
          attendees: attendees.length,
        },
      });
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
}

/** Publishes the next stage's notice (决议公开 / 实施结果公开) on the hall's public board for at least the notice period. */
export async function publishNotice(deps: Deps, actor: Actor, matterId: string, input: StageNoticeInput) {
  authorize(actor, 'decision:write');
  await saveNotice(deps, actor, matterId, input);
  return matterDetail(deps, actor, await requireMatter(deps.db, actor, matterId));
}

/** The write of publishNotice without reading the matter back (bulk loading). */
export async function saveNotice(deps: Deps, actor: Actor, matterId: string, input: StageNoticeInput): Promise<void> {
  authorize(actor, 'decision:write');
  const m = await requireMatter(deps.db, actor, matterId);
  await assertDateOpen(deps, m.unit_path, input.noticeFrom, 'noticeFrom');
  if (input.noticeUntil < input.noticeFrom) throw issue('noticeUntil', 'validation.noticeTooShort');
  await deps.db
    .transaction()
    .execute(async (trx) => {
      const req = {
        stageSeq: input.stageSeq,
        kind: 'notice' as const,
        mergeNext: false,
        date: input.noticeFrom,
        noticeUntil: input.noticeUntil,
      };
      const { matter, stages, records } = await loadChecked(
        trx,
        deps,
        matterId,
        m.template_id,
        req,
        'noticeFrom',
        (status) => {
          if (!allows(status, 'publish_resolution') && !allows(status, 'publish_result'))
            throw new AppError('CONFLICT');
        },
      );
      const stage = progress(stages, records.map(factsOf), false).next as StageDef;
      const status = nextStatus(matter.status, noticeAction(stage.body));
      const now = nowIsoOf(deps.clock);
      await repo.insertRecord(
        trx,
        {
          id: newId(),
          matter_id: matterId,
          unit_id: m.unit_id,
          attempt_no: records.length + 1,
          stage_seq: stage.seq,
          through_seq: stage.seq,
          kind: 'notice',
          held_on: input.noticeFrom,
          start_time: null,
          end_time: null,
          place: null,
          form: null,
          due: null,
          present: null,
          votes_for: null,
          votes_against: null,
          votes_abstain: null,
          minutes: null,
          supervision_opinion: null,
          notice_from: input.noticeFrom,
          notice_until: input.noticeUntil,
          notice_content: input.content,
          quorum_met: null,
          passed: 1,
          revision: matter.revision,
          recorded_by: actor.userId,
          created_at: now,
        },
        [],
      );
      const solved = stage.body === 'result_notice' ? { solved_on: input.noticeFrom } : {};
      await repo.updateMatter(trx, matterId, { status, ...solved, updated_at: now });
      if (stage.body === 'result_notice') {
        if (matter.solved_on) await bumpCounter(trx, PROBLEMS_SOLVED, m.unit_id, matter.solved_on, -1);
        await bumpCounter(trx, PROBLEMS_SOLVED, m.unit_id, input.noticeFrom);
      }
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'decision.notice.publish',
        subjectType: 'decision_matter',
        subjectId: matterId,
        orgPath: m.unit_path,
        changes: {
          stageSeq: stage.seq,
          body: stage.body,
          noticeFrom: input.noticeFrom,
          noticeUntil: input.noticeUntil,
        },
      });
      await syncTodoKinds(trx, matterTodoKinds, [matterId], now);
    })
    .catch((error: unknown) => {
      throw translateDbError(error);
    });
}
