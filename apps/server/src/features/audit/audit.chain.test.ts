import { describe, expect, it } from 'vitest';
import {
  deriveAuditKeys,
  GENESIS_HASH,
  headSeal,
  keyedLink,
  legacyLink,
  type ChainedRecord,
} from '../../platform/audit-chain-crypto.ts';
import { initialVerifyState, verifyHead, verifyStep } from './audit.chain.ts';
import { checkExportedHead, openHeadFile, signHead } from './audit.head-file.ts';
import type { AuditLogTable } from './audit.table.ts';

const keys = deriveAuditKeys(Buffer.alloc(32, 1));
const otherKeys = deriveAuditKeys(Buffer.alloc(32, 2));

const record = (seq: number): ChainedRecord => ({
  seq,
  at: `2026-01-01T00:00:0${seq % 10}.000Z`,
  actor_id: 'u1',
  actor_role: 'subdistrict_admin',
  ip: '127.0.0.1',
  request_id: `r${seq}`,
  action: 'resident.update',
  subject_type: 'resident',
  subject_id: `s${seq}`,
  org_path: '/a/',
  changes: '{"fields":["name"]}',
  result: 'success',
  reason: null,
});

/** n records; those before keyedFrom linked with plain SHA-256 as before the upgrade. */
function chain(n: number, keyedFrom = 1): AuditLogTable[] {
  const rows: AuditLogTable[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const r = record(seq);
    const hash = seq >= keyedFrom ? keyedLink(keys.chain, prev, r) : legacyLink(prev, r);
    rows.push({ ...r, prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

const sealed = (seq: number, hash: string, keyedFrom = 1) => ({
  seq,
  hash,
  keyedFrom,
  seal: headSeal(keys.head, { seq, hash, keyedFrom }),
});

function verify(rows: AuditLogTable[], head: ReturnType<typeof sealed>) {
  let s = initialVerifyState();
  const hashes = new Map([[0, GENESIS_HASH]]);
  for (const r of rows) {
    s = verifyStep(s, r, { chainKey: keys.chain, keyedFrom: head.keyedFrom });
    if (!s.problem) hashes.set(s.lastSeq, s.lastHash);
  }
  return verifyHead(s, head, hashes.get(head.seq), keys.head);
}

describe('keyed audit hash chain', () => {
  const rows = chain(6);
  const head = sealed(6, rows[5].hash);
  it('verifies an intact chain', () => {
    expect(verify(rows, head)).toMatchObject({ problem: null, checked: 6 });
  });
  it('derives distinct keys per label, and other keys per master key', () => {
    const exported = [keys.chain, keys.head, keys.export].map((k) => k.export().toString('hex'));
    expect(new Set(exported).size).toBe(3);
    expect(otherKeys.chain.export().equals(keys.chain.export())).toBe(false);
    expect(keys.exportKeyId).not.toBe(otherKeys.exportKeyId);
  });
  it('names an altered record', () => {
    const altered = rows.map((r) => (r.seq === 3 ? { ...r, reason: 'edited' } : r));
    expect(verify(altered, head)).toMatchObject({ problem: 'altered', firstBadSeq: 3 });
  });
  it('names a deleted record', () => {
    expect(
      verify(
        rows.filter((r) => r.seq !== 4),
        head,
      ),
    ).toMatchObject({ problem: 'missing_or_reordered', firstBadSeq: 4 });
  });
  it('names swapped records', () => {
    const swapped = rows.map((r) => (r.seq === 2 ? { ...rows[4], seq: 2 } : r.seq === 5 ? { ...rows[1], seq: 5 } : r));
    expect(verify(swapped, head).firstBadSeq).toBe(2);
  });
  it('detects a truncated tail through the head', () => {
    expect(verify(rows.slice(0, 4), head)).toMatchObject({ problem: 'truncated', firstBadSeq: 5 });
  });
  it('detects a recomputed record whose link no longer matches', () => {
    const forged = rows.map((r) => (r.seq === 2 ? { ...r, prev_hash: GENESIS_HASH.replace('0', '1') } : r));
    expect(verify(forged, head)).toMatchObject({ problem: 'broken_link', firstBadSeq: 2 });
  });
  it('rejects a chain recomputed with plain SHA-256 or with another key', () => {
    const recompute = (link: (prev: string, r: ChainedRecord) => string) => {
      let prev = GENESIS_HASH;
      return rows.map((r) => {
        const hash = link(prev, r);
        const row = { ...r, prev_hash: prev, hash };
        prev = hash;
        return row;
      });
    };
    const plain = recompute(legacyLink);
    expect(verify(plain, { ...head, hash: plain[5].hash })).toMatchObject({ problem: 'altered', firstBadSeq: 1 });
    const other = recompute((p, r) => keyedLink(otherKeys.chain, p, r));
    expect(verify(other, head)).toMatchObject({ problem: 'altered', firstBadSeq: 1 });
  });
  it('rejects a head reset without the key: tail cut and head pointed at the new last record', () => {
    const cut = rows.slice(0, 4);
    expect(verify(cut, { ...head, seq: 4, hash: cut[3].hash })).toMatchObject({ problem: 'head_forged' });
    expect(verify(cut, { ...head, seq: 4, hash: cut[3].hash, seal: null } as never)).toMatchObject({
      problem: 'head_unsealed',
    });
    expect(verify([], { ...head, seq: 0, hash: GENESIS_HASH })).toMatchObject({ problem: 'empty', firstBadSeq: 1 });
  });
  it('accepts a rollback with a genuine older head: only an exported head catches it', () => {
    const older = sealed(4, rows[3].hash);
    const state = verify(rows.slice(0, 4), older);
    expect(state.problem).toBeNull();
    const exported = signHead(keys, { seq: 6, hash: rows[5].hash, at: rows[5].at, count: 6, exportedAt: 'x' });
    expect(checkExportedHead(state, exported, undefined)).toMatchObject({ problem: 'rolled_back', firstBadSeq: 5 });
    const sameLength = signHead(keys, { seq: 4, hash: 'a'.repeat(64), at: '', count: 4, exportedAt: 'x' });
    expect(checkExportedHead(state, sameLength, rows[3].hash)).toMatchObject({ problem: 'forked', firstBadSeq: 4 });
    const matching = signHead(keys, { seq: 3, hash: rows[2].hash, at: '', count: 3, exportedAt: 'x' });
    expect(checkExportedHead(state, matching, rows[2].hash).problem).toBeNull();
  });

  describe('legacy records before the upgrade', () => {
    const mixed = chain(6, 4);
    const mixedHead = sealed(6, mixed[5].hash, 4);
    it('verify: plain links below keyed_from, keyed from it on', () => {
      expect(verify(mixed, mixedHead)).toMatchObject({ problem: null, checked: 6 });
    });
    it('an edited legacy record with the legacy links recomputed breaks the first keyed link', () => {
      const edited = mixed.map((r) => ({ ...r, reason: r.seq === 2 ? 'edited' : r.reason }));
      let prev = GENESIS_HASH;
      for (const r of edited.slice(0, 3)) {
        r.prev_hash = prev;
        r.hash = legacyLink(prev, r);
        prev = r.hash;
      }
      edited[3] = { ...edited[3], prev_hash: prev };
      expect(verify(edited, mixedHead)).toMatchObject({ problem: 'altered', firstBadSeq: 4 });
    });
    it('moving keyed_from fails the keyed records as legacy ones, and the seal', () => {
      expect(verify(mixed, { ...mixedHead, keyedFrom: 7 })).toMatchObject({ problem: 'altered', firstBadSeq: 4 });
      const state = { ...initialVerifyState(), lastSeq: 6, lastHash: mixed[5].hash, checked: 6 };
      expect(verifyHead(state, { ...mixedHead, keyedFrom: 7 }, mixed[5].hash, keys.head).problem).toBe('head_forged');
    });
  });

  describe('exported head files', () => {
    const file = signHead(keys, { seq: 6, hash: rows[5].hash, at: rows[5].at, count: 6, exportedAt: 'now' });
    it('opens a signed file under the same key', () => {
      expect(openHeadFile(keys, JSON.stringify(file))).toEqual({ head: file, problem: null });
    });
    it('rejects an edited file, another key and garbage', () => {
      expect(openHeadFile(keys, JSON.stringify({ ...file, seq: 5, count: 5 })).problem).toBe('bad_signature');
      expect(openHeadFile(otherKeys, JSON.stringify(file)).problem).toBe('other_key');
      expect(openHeadFile(keys, '{"format":"jishi-audit-head/1"}').problem).toBe('unreadable');
      expect(openHeadFile(keys, 'not json').problem).toBe('unreadable');
    });
  });
});
