export interface PartyOrgTable {
  id: string;
  parent_id: string | null;
  kind: string;
  category: string | null;
  name: string;
  territory_id: string;
  path: string;
  created_at: string;
  updated_at: string;
}
