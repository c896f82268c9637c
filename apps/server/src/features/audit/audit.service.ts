import type { Conn, Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor, Origin } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { nowIso } from '../../platform/ids.ts';
import { chainHash, initialVerifyState, verifyHead, verifyStep, type VerifyState } from './audit.chain.ts';
import * as repo from './audit.repo.ts';

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
 * Appends one record to the hash chain, inside the caller's transaction so the write and its
 * audit record commit or fail together. The head row lock serializes appenders.
 */
export async function recordAudit(
  trx: Trx,
  deps: Pick<Deps, 'engine'>,
  who: AuditWho,
  entry: AuditEntry,
): Promise<void> {
  const head = await repo.readHead(trx, deps.engine.forUpdate);
  const record = {
    seq: head.seq + 1,
    at: nowIso(),
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
  await repo.append(trx, { ...record, prev_hash: head.hash, hash: chainHash(head.hash, record) });
}

/** A record in a transaction of its own (failed logins, denied requests). */
export async function recordAuditAlone(
  deps: Pick<Deps, 'db' | 'engine'>,
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
export const seesUnplacedRecords = (actor: Actor): boolean =>
  actor.scope.paths.some((p) => p.split('/').filter(Boolean).length === 1);

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

/** Recomputes the whole chain; names the first record that was altered, deleted or reordered. */
export async function verifyChain(db: Conn): Promise<VerifyState> {
  let state = initialVerifyState();
  for await (const row of repo.scanChain(db)) {
    state = verifyStep(state, row);
    if (state.problem) return state;
  }
  return verifyHead(state, await repo.readHead(db, false));
}

export async function verifyAudit(deps: Deps, actor: Actor) {
  authorize(actor, 'audit:read');
  const s = await verifyChain(deps.db);
  return {
    ok: s.problem === null,
    checked: s.checked,
    firstBadSeq: s.firstBadSeq,
    problem: s.problem,
    head: s.problem ? null : s.lastHash,
  };
}
