import type { OrgLifeKind } from '@jishi/shared';
export interface OrgLifeMeetingTable {
  id: string;
  branch_id: string;
  /** See ORG_LIFE_KINDS (三会一课, theme Party day, democratic / organisational life meetings). */
  kind: OrgLifeKind;
  held_on: string;
  topic: string;
  due: number;
  present: number;
  minutes_text: string;
  /** JSON array of stored photo keys. */
  photos: string;
  recorded_by: string;
  created_at: string;
}
export interface OrgLifeClosedMonthTable {
  branch_id: string;
  month: string;
  closed_at: string;
  closed_by: string;
}
export interface PartyLifeFileTable {
  key: string;
  content_type: string;
  size: number;
  uploaded_by: string;
  created_at: string;
}
