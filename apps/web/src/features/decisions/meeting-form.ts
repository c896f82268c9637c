import type { Dayjs } from 'dayjs';
import { toIsoDate } from '../../lib/format.ts';

interface DecisionValues {
  content?: string;
  owner?: string;
  dueOn?: Dayjs | null;
}
interface AgendaValues {
  title?: string;
  note?: string;
  decisions?: DecisionValues[];
}
export interface MeetingValues {
  unitId?: string;
  typeId?: string;
  title?: string;
  heldOn?: Dayjs | null;
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  place?: string;
  host?: string;
  attendees?: { name?: string; title?: string }[];
  summary?: string;
  agenda?: AgendaValues[];
}

/** Trimmed text, or undefined when left empty (optional fields). */
const text = (v: string | undefined) => v?.trim() || undefined;
const time = (v: Dayjs | null | undefined) => v?.format('HH:mm');

/** Form values → the input for meetingCreateBody (checked by the shared schema before sending). */
export function meetingInput(v: MeetingValues) {
  return {
    unitId: v.unitId,
    typeId: v.typeId,
    title: v.title?.trim(),
    heldOn: toIsoDate(v.heldOn),
    startTime: time(v.startTime),
    endTime: time(v.endTime),
    place: v.place?.trim(),
    host: text(v.host),
    summary: v.summary?.trim() ?? '',
    attendees: (v.attendees ?? []).map((a) => ({ name: a.name?.trim(), title: text(a.title) })),
    agenda: (v.agenda ?? []).map((a) => ({
      title: a.title?.trim(),
      note: text(a.note),
      decisions: (a.decisions ?? []).map((d) => ({
        content: d.content?.trim(),
        owner: d.owner?.trim(),
        dueOn: toIsoDate(d.dueOn),
      })),
    })),
  };
}
