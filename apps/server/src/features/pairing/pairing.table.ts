import type { ContactKind, HelperRole, TargetKind } from '@jishi/shared';
export interface PairingRuleTable {
  helper_role: HelperRole;
  min_targets: number;
  contact_days: number;
  updated_by: string;
  updated_at: string;
}
export interface PairingTable {
  id: string;
  community_id: string;
  /** user:<id> for an account holder, otherwise name:<role>:<name>: pairs of one helper group by it. */
  helper_key: string;
  helper_user_id: string | null;
  helper_name: string;
  helper_role: HelperRole;
  /** The Party branch the helper belongs to, if any (a branch secretary reaches their branch's pairings only). */
  helper_branch_id: string | null;
  target_kind: TargetKind;
  target_resident_id: string | null;
  target_name: string;
  started_on: string;
  created_by: string;
  created_at: string;
}
export interface PairingContactTable {
  id: string;
  pairing_id: string;
  contacted_on: string;
  kind: ContactKind;
  note: string;
  photos: string;
  recorded_by: string;
  created_at: string;
}
