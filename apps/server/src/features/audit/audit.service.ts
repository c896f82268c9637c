import type { Conn, Trx } from '../../db/schema.ts';
import { translateDbError } from '../../db/dialect.ts';
import type { Deps } from '../../deps.ts';
import type { Actor, Origin } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { depthOf } from '../../platform/org-scope.ts';
import { GENESIS_HASH, headSeal, keyedLink, type AuditKeys } from '../../platform/audit-chain-crypto.ts';
import { initialVerifyState, verifyHead, verifyStep, type VerifyState } from './audit.chain.ts';
import { checkExportedHead, signHead, type ExportedHead } from './audit.head-file.ts';
import * as repo from './audit.repo.ts';
import { systemClock, nowIsoOf } from '../../platform/clock.ts';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  orgPath?: string | null;
  /** Field names and non-sensitive values only: never an ID number, phone or secret. */
  changes?: Record<string, unknown> | null;
  result?: 'success' | 'failure' | 'denied';
  reason?: string | null;
}

export interface AuditWho extends Origin {
  actorId: string | null;
  actorRole: string | null;
}

export function auditWho(actor: Actor): AuditWho {
  return { actorId: actor.userId, actorRole: actor.role, ip: actor.ip, requestId: actor.requestId };
}

/**
 * Appends one record to the keyed hash chain, inside the caller's transaction so the write and its
 * audit record commit or fail together. The head row lock serializes appenders. A head whose seal does not
 * match was reset outside the application: appending would re-seal it and hide the reset, so the write fails
 * instead (fail closed) until an operator has looked (`npm run audit:verify`).
 */
export async function recordAudit(
  trx: Trx,
  deps: Pick<Deps, 'engine' | 'auditKeys'>,
  who: AuditWho,
  entry: AuditEntry,
): Promise<void> {
  const head = await repo.readHead(trx, deps.engine.forUpdate);
  if (!head || head.seal !== headSeal(deps.auditKeys.head, head)) {
    throw new Error(
      'audit head row missing or its seal does not match: the audit chain was altered; run npm run audit:verify',
    );
  }
  const record = {
    seq: head.seq + 1,
    // The chain records when a write really happened: the system clock, never an injected one.
    at: nowIsoOf(systemClock),
    actor_id: who.actorId,
    actor_role: who.actorRole,
    ip: who.ip,
    request_id: who.requestId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId ?? null,
    org_path: entry.orgPath ?? null,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    result: entry.result ?? 'success',
    reason: entry.reason ?? null,
  };
  const hash = keyedLink(deps.auditKeys.chain, head.hash, record);
  const seal = headSeal(deps.auditKeys.head, { seq: record.seq, hash, keyedFrom: head.keyedFrom });
  await repo.append(trx, { ...record, prev_hash: head.hash, hash }, seal);
}

/**
 * A change and its audit record in one transaction (the way Party life, volunteering and their neighbours write);
 * a unique index that refuses a second record becomes 409 DUPLICATE.
 */
export async function audited<T>(
  deps: Deps,
  actor: Actor,
  entry: AuditEntry,
  write: (trx: Trx) => Promise<T>,
): Promise<T> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const out = await write(trx);
      await recordAudit(trx, deps, auditWho(actor), entry);
      return out;
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

/**
 * Rows bulk-written in batches of up to 200, one audit record (`action`, with the batch's count) per batch: how the
 * demo loads large sets fast on every engine (seed files).
 */
export async function auditedBatches<T>(
  deps: Deps,
  actor: Actor,
  action: string,
  orgPath: string,
  rows: readonly T[],
  insert: (trx: Conn, rows: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await audited(deps, actor, { action, subjectType: 'seed', orgPath, changes: { count: chunk.length } }, (trx) =>
      insert(trx, chunk),
    );
  }
}

/** A record in a transaction of its own (failed logins, denied requests). */
export async function recordAuditAlone(
  deps: Pick<Deps, 'db' | 'engine' | 'auditKeys'>,
  who: AuditWho,
  entry: AuditEntry,
): Promise<void> {
  await deps.db.transaction().execute((trx) => recordAudit(trx, deps, who, entry));
}

/**
 * Records that belong to no unit (sign-in attempts for unknown names, requests without a session, portal
 * code requests for unknown numbers) are shown to auditors whose scope is a top-level unit (a path of
 * one segment, e.g. the subdistrict), never to auditors of a community or grid.
 */
export const seesUnplacedRecords = (actor: Actor): boolean => actor.scope.paths.some((p) => depthOf(p) === 1);

export async function listAudit(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; action?: string; subjectId?: string },
) {
  authorize(actor, 'audit:read');
  const withUnplaced = seesUnplacedRecords(actor);
  const { rows, total } = await repo.listPage(
    deps.db,
    actor.scope,
    { ...query, withUnplaced },
    query.page,
    query.pageSize,
  );
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorRole: r.actor_role,
      ip: r.ip,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      result: r.result,
      reason: r.reason,
      changes: r.changes,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Recomputes the whole chain with the keys and checks the head row's seal; names the first record that was
 * altered, deleted or reordered. With an exported head, also proves the live chain still holds it and extends
 * it (a rollback to an older valid state is caught only so). Rows appended while it runs are verified too.
 */
export async function verifyChain(db: Conn, keys: AuditKeys, exported?: ExportedHead): Promise<VerifyState> {
  const missing = await repo.missingTables(db);
  const fail = (problem: 'log_missing' | 'head_missing') => ({ ...initialVerifyState(), problem });
  if (missing.includes('audit_log')) return fail('log_missing');
  const head = missing.includes('audit_head') ? null : await repo.readHead(db, false);
  if (!head) return fail('head_missing');
  const remember = new Set([head.seq, exported?.seq ?? 0]);
  const hashes = new Map([[0, GENESIS_HASH]]);
  let state = initialVerifyState();
  for await (const row of repo.scanChain(db)) {
    state = verifyStep(state, row, { chainKey: keys.chain, keyedFrom: head.keyedFrom });
    if (state.problem) return state;
    if (remember.has(state.lastSeq)) hashes.set(state.lastSeq, state.lastHash);
  }
  state = verifyHead(state, head, hashes.get(head.seq), keys.head);
  return exported ? checkExportedHead(state, exported, hashes.get(exported.seq)) : state;
}

/**
 * The signed head for safekeeping outside the database (`npm run audit:head`): only of a chain that verifies,
 * and the export itself is audited (after the exported record, so the file names the state before it).
 */
export async function exportSignedHead(
  deps: Pick<Deps, 'db' | 'engine' | 'auditKeys'>,
  who: AuditWho,
): Promise<{ head: ExportedHead; problem: null } | { head: null; problem: VerifyState }> {
  const state = await verifyChain(deps.db, deps.auditKeys);
  if (state.problem) return { head: null, problem: state };
  const at = (await repo.recordTime(deps.db, state.lastSeq)) ?? '';
  const head = signHead(deps.auditKeys, {
    seq: state.lastSeq,
    hash: state.lastHash,
    at,
    count: state.checked,
    exportedAt: nowIsoOf(systemClock),
  });
  await recordAuditAlone(deps, who, {
    action: 'audit.head.export',
    subjectType: 'audit_head',
    changes: { seq: head.seq, hash: head.hash },
  });
  return { head, problem: null };
}

export async function verifyAudit(deps: Deps, actor: Actor) {
  authorize(actor, 'audit:read');
  const s = await verifyChain(deps.db, deps.auditKeys);
  return {
    ok: s.problem === null,
    checked: s.checked,
    firstBadSeq: s.firstBadSeq,
    problem: s.problem,
    head: s.problem ? null : s.lastHash,
  };
}
