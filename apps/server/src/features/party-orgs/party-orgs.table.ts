import type { BranchCategory, PartyOrgKind } from '@jishi/shared';
export interface PartyOrgTable {
  id: string;
  parent_id: string | null;
  kind: PartyOrgKind;
  category: BranchCategory | null;
  name: string;
  territory_id: string;
  path: string;
  created_at: string;
  updated_at: string;
}
