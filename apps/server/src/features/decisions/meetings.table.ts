import type { CatalogKind, MeetingDecisionStatus } from '@jishi/shared';
/** Subdistrict meetings (三会三议三监督): configurable types and supervision roles, agenda, decisions, follow-up. */
export interface MeetingCatalogTable {
  id: string;
  unit_id: string;
  kind: CatalogKind;
  name: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingTable {
  id: string;
  unit_id: string;
  type_id: string;
  title: string;
  held_on: string;
  start_time: string | null;
  end_time: string | null;
  place: string;
  host: string | null;
  /** JSON: [{ name, title }] — office holders, not registry residents. */
  attendees: string;
  summary: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingItemTable {
  id: string;
  meeting_id: string;
  seq: number;
  title: string;
  note: string | null;
}

export interface MeetingDecisionTable {
  id: string;
  meeting_id: string;
  item_id: string;
  seq: number;
  content: string;
  owner: string;
  due_on: string;
  status: MeetingDecisionStatus;
  created_at: string;
  updated_at: string;
}

export interface MeetingFollowUpTable {
  id: string;
  decision_id: string;
  noted_on: string;
  note: string;
  status: MeetingDecisionStatus;
  recorded_by: string;
  created_at: string;
}

export interface MeetingOpinionTable {
  id: string;
  meeting_id: string;
  role_id: string;
  author: string;
  opinion: string;
  recorded_by: string;
  created_at: string;
}
