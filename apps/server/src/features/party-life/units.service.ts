import type { Deps } from '../../deps.ts';
import type { Conn, Trx } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { assertInScope } from '../../platform/authorize.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAudit, type AuditEntry } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { requireOrg } from '../party-orgs/party-orgs.service.ts';

/**
 * Shared by the Party-life and volunteer features: the community (社区/村) or Party branch a
 * record belongs to, in the caller's scope (404 otherwise), and the one way they write: the change
 * and its audit record in one transaction.
 */
export async function requireCommunity(db: Conn, actor: Actor, id: string) {
  const unit = await requireUnit(db, actor, id);
  if (unit.kind !== 'community' && unit.kind !== 'village') throw new AppError('INVALID_MOVE');
  return unit;
}

export async function requireBranch(db: Conn, actor: Actor, id: string) {
  const org = await requireOrg(db, actor, id);
  if (org.kind !== 'branch') throw new AppError('INVALID_MOVE');
  return org;
}

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
    throw translateDbError(error); // a unique index that refused a second record → 409 DUPLICATE
  }
}

/** The actor's own community (self-service users are scoped to the community they live in), or one they name inside their scope. */
export async function ownCommunity(db: Conn, actor: Actor, communityId?: string) {
  return requireCommunity(db, actor, communityId ?? actor.scopeUnitId);
}

/** A row found by id, if it lies in the caller's scope (by the path `pathOf` reads); 404 otherwise. */
export function inScope<T>(actor: Actor, row: T | undefined, pathOf: (row: T) => string): T {
  assertInScope(actor, row === undefined ? undefined : pathOf(row));
  return row as T;
}
