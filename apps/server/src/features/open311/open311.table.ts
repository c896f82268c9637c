/** An Open311 client (a hotline system, an app): its api_key is stored as a SHA-256 hash only. */
export interface Open311ClientTable {
  id: string;
  /** The jurisdiction (subdistrict or community) whose requests it may submit. */
  unit_id: string;
  name: string;
  key_hash: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}
