import type { ChainedRecord } from '../../platform/audit-chain-crypto.ts';

/** An audit record: the chained columns and its links (decision 0031). */
export interface AuditLogTable extends ChainedRecord {
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
