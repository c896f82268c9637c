import type { MemberStatus, MemberType } from '@jishi/shared';
export interface PartyMemberTable {
  id: string;
  resident_id: string | null;
  name: string;
  branch_id: string;
  member_type: MemberType;
  status: MemberStatus;
  join_date: string;
  work_unit: string;
  created_at: string;
  updated_at: string;
}
