import { createHash, createHmac, createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';

/**
 * The audit chain's cryptography (decision 0031), shared by the audit feature and the migration that keyed
 * the chain. Keys are derived with HKDF-SHA-256 from the master key, which lives outside the database and its
 * backups (platform/keys.ts); each use has its own label, so no key serves two purposes.
 *
 * leaf = SHA-256(0x00 ‖ canonical record); link = HMAC-SHA-256(chain key, 0x01 ‖ previous link ‖ leaf)
 * (RFC 6962 prefixes). Records written before the chain was keyed keep SHA-256(0x01 ‖ previous ‖ leaf).
 * The head row's seal is HMAC-SHA-256(head key, seq, link, keyed_from).
 */
export interface AuditKeys {
  /** HMAC key of the chain links. */
  chain: KeyObject;
  /** HMAC key of the seal on the audit_head row. */
  head: KeyObject;
  /** HMAC key of exported head files (`npm run audit:head`). */
  export: KeyObject;
  /** A public fingerprint of the export key: tells "signed under another master key" from "edited". */
  exportKeyId: string;
}

export const AUDIT_KEY_LABELS = {
  chain: 'jishi audit chain v1',
  head: 'jishi audit head v1',
  export: 'jishi audit head export v1',
} as const;

const derive = (masterKey: Buffer, label: string): KeyObject =>
  createSecretKey(Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), label, 32)));

export function deriveAuditKeys(masterKey: Buffer): AuditKeys {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  const exportKey = derive(masterKey, AUDIT_KEY_LABELS.export);
  return {
    chain: derive(masterKey, AUDIT_KEY_LABELS.chain),
    head: derive(masterKey, AUDIT_KEY_LABELS.head),
    export: exportKey,
    exportKeyId: createHmac('sha256', exportKey).update('key id').digest('hex').slice(0, 16),
  };
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hashed columns of an audit record (every column but prev_hash and hash). */
export interface ChainedRecord {
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
}

export interface ChainHead {
  seq: number;
  hash: string;
  keyedFrom: number;
}

export function canonicalRecord(r: ChainedRecord): string {
  return JSON.stringify([
    Number(r.seq),
    r.at,
    r.actor_id,
    r.actor_role,
    r.ip,
    r.request_id,
    r.action,
    r.subject_type,
    r.subject_id,
    r.org_path,
    r.changes,
    r.result,
    r.reason,
  ]);
}

const leafHash = (record: ChainedRecord): Buffer =>
  createHash('sha256')
    .update(Buffer.from([0]))
    .update(canonicalRecord(record))
    .digest();

/** The link of a record written before the chain was keyed: anyone can recompute it. */
export function legacyLink(prevHash: string, record: ChainedRecord): string {
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(Buffer.from(prevHash, 'hex'))
    .update(leafHash(record))
    .digest('hex');
}

/** The link of every record from keyed_from on: needs the chain key. */
export function keyedLink(chainKey: KeyObject, prevHash: string, record: ChainedRecord): string {
  return createHmac('sha256', chainKey)
    .update(Buffer.from([1]))
    .update(Buffer.from(prevHash, 'hex'))
    .update(leafHash(record))
    .digest('hex');
}

export function headSeal(headKey: KeyObject, head: ChainHead): string {
  return createHmac('sha256', headKey)
    .update(JSON.stringify(['audit_head', head.seq, head.hash, head.keyedFrom]))
    .digest('hex');
}
