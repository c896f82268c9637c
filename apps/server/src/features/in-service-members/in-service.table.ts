import type { EvaluationGrade, InServiceSource } from '@jishi/shared';
export interface ServicePostTable {
  id: string;
  community_id: string;
  name: string;
  description: string;
  created_at: string;
}
export interface InServiceMemberTable {
  id: string;
  community_id: string;
  user_id: string | null;
  name: string;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_mask: string | null;
  work_unit: string;
  work_party_org: string;
  skills: string;
  post_id: string;
  grid_id: string | null;
  /** The community branch that receives the member (编入社区/网格党支部), set by the community; a branch secretary sees their branch's. */
  branch_id: string | null;
  /** self (signed up online) | paper (entered by the community from a paper form) */
  source: InServiceSource;
  registered_on: string;
  demo: number;
  created_at: string;
  updated_at: string;
}
export interface InServiceRecordTable {
  id: string;
  member_id: string;
  served_on: string;
  description: string;
  minutes: number;
  recorded_by: string;
  created_at: string;
}
export interface InServiceEvaluationTable {
  id: string;
  member_id: string;
  year: number;
  grade: EvaluationGrade;
  comment: string;
  evaluated_by: string;
  created_at: string;
}
export interface JointUnitTable {
  id: string;
  community_id: string;
  name: string;
  party_org: string;
  contact_name: string;
  commitments: string;
  registered_on: string;
  created_at: string;
}
