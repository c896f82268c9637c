import type { CatalogKind } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { can } from '../../platform/authorize.ts';
import type { MeetingDecisionTable, MeetingFollowUpTable, MeetingItemTable } from './meetings.table.ts';
import type { MeetingRow } from './meetings.repo.ts';

export const catalogViewOf = (c: { id: string; unit_id: string; kind: CatalogKind; name: string; active: number }) => ({
  id: c.id,
  unitId: c.unit_id,
  kind: c.kind,
  name: c.name,
  active: Boolean(c.active),
});

export function meetingListItemOf(m: MeetingRow) {
  return {
    id: m.id,
    unitId: m.unit_id,
    typeId: m.type_id,
    typeName: m.type_name,
    title: m.title,
    heldOn: m.held_on,
    place: m.place,
    agendaCount: Number(m.agenda_count ?? 0),
    openDecisions: Number(m.open_decisions ?? 0),
    opinionCount: Number(m.opinion_count ?? 0),
  };
}

export interface MeetingParts {
  meeting: MeetingRow;
  items: MeetingItemTable[];
  decisions: MeetingDecisionTable[];
  followUps: MeetingFollowUpTable[];
  opinions: { id: string; role_id: string; role_name: string; author: string; opinion: string; created_at: string }[];
}

export function meetingViewOf(actor: Actor, p: MeetingParts) {
  const m = p.meeting;
  const attendees = (JSON.parse(m.attendees) as { name: string; title?: string | null }[]).map((a) => ({
    name: a.name,
    title: a.title ?? null,
  }));
  return {
    ...meetingListItemOf(m),
    startTime: m.start_time,
    endTime: m.end_time,
    host: m.host,
    summary: m.summary,
    attendees,
    agenda: p.items.map((i) => ({
      id: i.id,
      seq: i.seq,
      title: i.title,
      note: i.note,
      decisions: p.decisions
        .filter((d) => d.item_id === i.id)
        .map((d) => ({
          id: d.id,
          content: d.content,
          owner: d.owner,
          dueOn: d.due_on,
          status: d.status,
          followUps: p.followUps
            .filter((f) => f.decision_id === d.id)
            .map((f) => ({ notedOn: f.noted_on, note: f.note, status: f.status })),
        })),
    })),
    opinions: p.opinions.map((o) => ({
      id: o.id,
      roleId: o.role_id,
      roleName: o.role_name,
      author: o.author,
      opinion: o.opinion,
      recordedAt: o.created_at,
    })),
    abilities: { followUp: can(actor, 'meeting:write'), supervise: can(actor, 'meeting:supervise') },
  };
}
