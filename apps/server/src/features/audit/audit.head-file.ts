import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { AuditKeys } from '../../platform/audit-chain-crypto.ts';
import type { VerifyState } from './audit.chain.ts';

/**
 * The exported head (`npm run audit:head`): a signed statement "the chain had `count` records and record #seq
 * had link `hash` at `exportedAt`", kept outside the database. `audit:verify --head FILE` proves the live chain
 * still holds that record and extends it, which catches a rollback to an older valid state (an older backup
 * restored, or the tail cut off together with an older head row). Pure, so it is tested without a database.
 */
export const HEAD_FILE_FORMAT = 'jishi-audit-head/1';

const headFileSchema = z.object({
  format: z.literal(HEAD_FILE_FORMAT),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  count: z.number().int().min(0),
  exportedAt: z.string(),
  keyId: z.string(),
  mac: z.string(),
});

export type ExportedHead = z.infer<typeof headFileSchema>;

const macOf = (keys: AuditKeys, h: Omit<ExportedHead, 'mac'>): string =>
  createHmac('sha256', keys.export)
    .update(JSON.stringify([h.format, h.seq, h.hash, h.at, h.count, h.exportedAt, h.keyId]))
    .digest('hex');

export function signHead(
  keys: AuditKeys,
  head: { seq: number; hash: string; at: string; count: number; exportedAt: string },
): ExportedHead {
  const unsigned = { format: HEAD_FILE_FORMAT, ...head, keyId: keys.exportKeyId } as const;
  return { ...unsigned, mac: macOf(keys, unsigned) };
}

export type HeadFileProblem = 'unreadable' | 'other_key' | 'bad_signature';

/** Parses and authenticates a head file's text. */
export function openHeadFile(
  keys: AuditKeys,
  text: string,
): { head: ExportedHead; problem: null } | { head: null; problem: HeadFileProblem } {
  let parsed: ExportedHead;
  try {
    const result = headFileSchema.safeParse(JSON.parse(text));
    if (!result.success) return { head: null, problem: 'unreadable' };
    parsed = result.data;
  } catch {
    return { head: null, problem: 'unreadable' };
  }
  if (parsed.keyId !== keys.exportKeyId) return { head: null, problem: 'other_key' };
  if (parsed.mac !== macOf(keys, parsed)) return { head: null, problem: 'bad_signature' };
  return { head: parsed, problem: null };
}

/**
 * After the live chain verified: it must reach the exported record and hold the same link there.
 * `liveHashAtSeq` is the verified live hash of record #exported.seq, undefined when the live chain is shorter.
 */
export function checkExportedHead(
  state: VerifyState,
  exported: ExportedHead,
  liveHashAtSeq: string | undefined,
): VerifyState {
  if (state.problem) return state;
  if (exported.seq > state.lastSeq) return { ...state, firstBadSeq: state.lastSeq + 1, problem: 'rolled_back' };
  if (liveHashAtSeq !== exported.hash) return { ...state, firstBadSeq: exported.seq, problem: 'forked' };
  return state;
}
