import { describe, expect, it } from 'vitest';
import {
  chainHash,
  GENESIS_HASH,
  initialVerifyState,
  verifyHead,
  verifyStep,
  type AuditRecord,
} from './audit.chain.ts';
import type { AuditLogTable } from './audit.table.ts';

function chain(n: number): AuditLogTable[] {
  const rows: AuditLogTable[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const r: AuditRecord = {
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
    };
    const hash = chainHash(prev, r);
    rows.push({ ...r, prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

function verify(rows: AuditLogTable[], head: { seq: number; hash: string }) {
  let s = initialVerifyState();
  for (const r of rows) s = verifyStep(s, r);
  return verifyHead(s, head);
}

describe('audit hash chain', () => {
  const rows = chain(6);
  const head = { seq: 6, hash: rows[5].hash };
  it('verifies an intact chain', () => {
    expect(verify(rows, head)).toMatchObject({ problem: null, checked: 6 });
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
});
