import type { KeyObject } from 'node:crypto';
import { GENESIS_HASH, headSeal, keyedLink, legacyLink, type ChainHead } from '../../platform/audit-chain-crypto.ts';
import type { AuditLogTable } from './audit.table.ts';

/**
 * Verification of the keyed hash chain (hashing in platform/audit-chain-crypto.ts, decision 0031): every link
 * recomputed in order, then the head row's seal, then optionally an exported head. Pure, so it is tested without
 * a database. Problems: the first four concern the stored records; `empty`, `log_missing` and the head ones the
 * tables and the audit_head row; the last two an exported head (`--head FILE`).
 */
export type ChainProblem =
  | 'log_missing'
  | 'missing_or_reordered'
  | 'broken_link'
  | 'altered'
  | 'truncated'
  | 'empty'
  | 'head_missing'
  | 'head_unsealed'
  | 'head_forged'
  | 'head_mismatch'
  | 'rolled_back'
  | 'forked';

export interface VerifyState {
  checked: number;
  lastSeq: number;
  lastHash: string;
  firstBadSeq: number | null;
  problem: ChainProblem | null;
}

export const initialVerifyState = (): VerifyState => ({
  checked: 0,
  lastSeq: 0,
  lastHash: GENESIS_HASH,
  firstBadSeq: null,
  problem: null,
});

/** Feeds one stored row into the verification; stops at the first problem. */
export function verifyStep(
  state: VerifyState,
  row: AuditLogTable,
  keys: { chainKey: KeyObject; keyedFrom: number },
): VerifyState {
  if (state.problem) return state;
  const seq = Number(row.seq);
  const fail = (problem: ChainProblem): VerifyState => ({ ...state, firstBadSeq: seq, problem });
  if (seq !== state.lastSeq + 1) return { ...state, firstBadSeq: state.lastSeq + 1, problem: 'missing_or_reordered' };
  if (row.prev_hash !== state.lastHash) return fail('broken_link');
  const link = seq >= keys.keyedFrom ? keyedLink(keys.chainKey, state.lastHash, row) : legacyLink(state.lastHash, row);
  if (link !== row.hash) return fail('altered');
  return { ...state, checked: state.checked + 1, lastSeq: seq, lastHash: row.hash };
}

/**
 * After the last row: the head row must be sealed with the head key and name a record of the verified chain.
 * `hashAtHeadSeq` is the verified hash of record #head.seq (GENESIS_HASH for 0), undefined when the rows end before
 * it. An empty chain is reported as such: a database in use always has records, and without the head seal of an
 * earlier state nobody can tell "nothing written yet" from "everything removed".
 */
export function verifyHead(
  state: VerifyState,
  head: ChainHead & { seal: string | null },
  hashAtHeadSeq: string | undefined,
  headKey: KeyObject,
): VerifyState {
  if (state.problem) return state;
  const fail = (problem: ChainProblem, firstBadSeq: number | null): VerifyState => ({ ...state, firstBadSeq, problem });
  if (state.lastSeq === 0 && head.seq === 0) return fail('empty', 1);
  if (head.seal === null) return fail('head_unsealed', null);
  if (head.seal !== headSeal(headKey, head)) return fail('head_forged', null);
  if (head.seq > state.lastSeq) return fail('truncated', state.lastSeq + 1);
  if (hashAtHeadSeq !== head.hash) return fail('head_mismatch', head.seq);
  return state;
}
