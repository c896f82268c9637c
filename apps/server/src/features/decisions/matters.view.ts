import type { MatterView } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import type { DecisionAttendeeTable, DecisionProgressTable, DecisionRecordTable } from './decisions.table.ts';
import { progress, stageKind, type AttemptFacts, type StageDef } from './decisions.engine.ts';
import { matterAbilities } from './decisions.policy.ts';
import type { MatterRow } from './matters.repo.ts';
import type { TemplateRow } from './templates.repo.ts';
import { templateBaseView } from './templates.view.ts';

export const factsOf = (r: DecisionRecordTable): AttemptFacts => ({
  stageSeq: r.stage_seq,
  throughSeq: r.through_seq,
  passed: Boolean(r.passed),
  date: r.held_on,
  noticeUntil: r.notice_until,
});

export function nextOf(m: MatterRow, stages: StageDef[], records: DecisionRecordTable[]) {
  if (m.status === 'withdrawn') return null;
  const p = progress(stages, records.map(factsOf), Boolean(m.one_shoulder));
  return p.next
    ? {
        seq: p.next.seq,
        name: p.next.name,
        kind: stageKind(p.next.body),
        earliestOn: p.earliestOn,
        canMerge: p.canMerge,
      }
    : null;
}

export function toListItem(m: MatterRow, stages: StageDef[], records: DecisionRecordTable[]) {
  return {
    id: m.id,
    unitId: m.unit_id,
    unitName: m.unit_name,
    title: m.title,
    source: m.source as MatterView['source'],
    status: m.status,
    templateName: m.template_name,
    templateVersion: Number(m.template_version),
    openedOn: m.opened_on,
    solvedOn: m.solved_on,
    next: nextOf(m, stages, records),
    updatedAt: m.updated_at,
  };
}

function recordView(r: DecisionRecordTable, attendees: DecisionAttendeeTable[]) {
  return {
    id: r.id,
    attemptNo: r.attempt_no,
    stageSeq: r.stage_seq,
    throughSeq: r.through_seq,
    kind: r.kind,
    heldOn: r.held_on,
    startTime: r.start_time,
    endTime: r.end_time,
    place: r.place,
    form: r.form,
    due: r.due,
    present: r.present,
    votesFor: r.votes_for,
    votesAgainst: r.votes_against,
    votesAbstain: r.votes_abstain,
    minutes: r.minutes,
    supervisionOpinion: r.supervision_opinion,
    noticeFrom: r.notice_from,
    noticeUntil: r.notice_until,
    noticeContent: r.notice_content,
    quorumMet: r.quorum_met === null ? null : Boolean(r.quorum_met),
    passed: Boolean(r.passed),
    revision: r.revision,
    recordedAt: r.created_at,
    attendees: attendees.map((a) => ({ residentId: a.resident_id, name: a.name })),
  };
}

export interface MatterDetailParts {
  matter: MatterRow;
  template: TemplateRow;
  stages: StageDef[];
  records: DecisionRecordTable[];
  attendees: DecisionAttendeeTable[];
  progress: DecisionProgressTable[];
  proposals: { id: string; title: string; supportCount: number }[];
  rating: { count: number; total: number; mine: number | null };
}

export function toMatterView(actor: Actor, p: MatterDetailParts): MatterView {
  const m = p.matter;
  const item = toListItem(m, p.stages, p.records);
  const byRecord = new Map<string, DecisionAttendeeTable[]>();
  for (const a of p.attendees) byRecord.set(a.record_id, [...(byRecord.get(a.record_id) ?? []), a]);
  return {
    ...item,
    description: m.description,
    sourceNote: m.source_note,
    partyOrgId: m.party_org_id,
    oneShoulder: Boolean(m.one_shoulder),
    revision: m.revision,
    withdrawnReason: m.withdrawn_reason,
    template: templateBaseView(p.template, p.stages),
    records: p.records.map((r) => recordView(r, byRecord.get(r.id) ?? [])),
    implementation: {
      owner: m.impl_owner,
      dueOn: m.impl_due_on,
      progress: p.progress.map((n) => ({ notedOn: n.noted_on, note: n.note, percent: n.percent })),
    },
    proposals: p.proposals,
    rating: { count: p.rating.count, average: averageOf(p.rating.total, p.rating.count), mine: p.rating.mine },
    abilities: matterAbilities(actor, item.status, item.next?.kind ?? null),
  };
}

/** Mean score to one decimal; null when nobody rated. */
export const averageOf = (total: number, count: number): number | null =>
  count > 0 ? Math.round((total * 10) / count) / 10 : null;
