import { createHash } from 'node:crypto';
import type { AuditLogTable } from './audit.table.ts';

/**
 * Hash chain in the RFC 6962 style: leaf = H(0x00 ‖ record), link = H(0x01 ‖ previous ‖ leaf).
 * Pure, so it is tested without a database.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditRecord = Omit<AuditLogTable, 'prev_hash' | 'hash'>;

export function canonicalRecord(r: AuditRecord): string {
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

export function chainHash(prevHash: string, record: AuditRecord): string {
  const leaf = createHash('sha256')
    .update(Buffer.from([0]))
    .update(canonicalRecord(record))
    .digest();
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(Buffer.from(prevHash, 'hex'))
    .update(leaf)
    .digest('hex');
}

export interface VerifyState {
  checked: number;
  lastSeq: number;
  lastHash: string;
  firstBadSeq: number | null;
  problem: string | null;
}

export const initialVerifyState = (): VerifyState => ({
  checked: 0,
  lastSeq: 0,
  lastHash: GENESIS_HASH,
  firstBadSeq: null,
  problem: null,
});

/** Feeds one stored row into the verification; stops at the first problem. */
export function verifyStep(state: VerifyState, row: AuditLogTable): VerifyState {
  if (state.problem) return state;
  const seq = Number(row.seq);
  const fail = (problem: string): VerifyState => ({ ...state, firstBadSeq: seq, problem });
  if (seq !== state.lastSeq + 1) return { ...state, firstBadSeq: state.lastSeq + 1, problem: 'missing_or_reordered' };
  if (row.prev_hash !== state.lastHash) return fail('broken_link');
  if (chainHash(state.lastHash, row) !== row.hash) return fail('altered');
  return { ...state, checked: state.checked + 1, lastSeq: seq, lastHash: row.hash };
}

/** After the last row: the head table must name the same last record (detects tail truncation). */
export function verifyHead(state: VerifyState, head: { seq: number; hash: string }): VerifyState {
  if (state.problem) return state;
  if (Number(head.seq) !== state.lastSeq || head.hash !== state.lastHash) {
    return { ...state, firstBadSeq: state.lastSeq + 1, problem: 'truncated' };
  }
  return state;
}
