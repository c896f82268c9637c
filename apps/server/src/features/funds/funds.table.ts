import type { FundKind } from '@jishi/shared';
/** A fund allocation (经费下拨): by a subdistrict to a recipient unit, for a year, of a kind, in integer fen. */
export interface AllocationTable {
  id: string;
  owner_unit_id: string;
  recipient_unit_id: string;
  year: number;
  kind: FundKind;
  purpose: string;
  amount_fen: number;
  allocated_on: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** An explicit over-budget approval: raises what may be spent against one allocation. */
export interface BudgetApprovalTable {
  id: string;
  allocation_id: string;
  extra_fen: number;
  reason: string;
  approved_by: string;
  approved_at: string;
}

export interface ExpenditureTable {
  id: string;
  allocation_id: string;
  amount_fen: number;
  spent_on: string;
  purpose: string;
  project_id: string | null;
  /** 1 when this expenditure took the total beyond the allocation (covered by an approval). */
  beyond_allocation: number;
  recorded_by: string;
  created_at: string;
}
