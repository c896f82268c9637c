export interface ResidentTable {
  id: string;
  grid_id: string;
  household_id: string | null;
  name: string;
  gender: string | null;
  birth_date: string | null;
  address: string;
  id_no_enc: string | null;
  id_no_bidx: string | null;
  id_no_mask: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_mask: string | null;
  is_needy: number;
  is_elderly: number;
  is_disabled: number;
  /** Date the resident was registered here (登记/迁入日期); statistics for past dates use it. */
  registered_on: string;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

export interface ResidentGramTable {
  gram: string;
  resident_id: string;
}
