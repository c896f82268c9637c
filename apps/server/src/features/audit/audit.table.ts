export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  org_path: string | null;
  changes: string | null;
  result: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  /** The first record linked with the chain key; earlier ones were linked with plain SHA-256 (decision 0031). */
  keyed_from: number;
  /** HMAC of (seq, hash, keyed_from) with the head key; null only between the upgrade and the first keyed write. */
  seal: string | null;
}
