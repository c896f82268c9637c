import { LOOKUP_LIMITS, type LookupInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { DAY_MS, HOUR_MS, reserveAllowances } from '../auth/rate-limit.service.ts';
import { toResidentView } from './residents.view.ts';
import * as repo from './residents.repo.ts';

/**
 * Exact lookup through the blind index; the number itself never reaches a URL or a log. Each
 * look-up answers "is this the number?" for a masked phone or ID number, so they are few: bounded
 * per user and per client address (decision 0027), and every one is audited with its kind and hit
 * count, never its value. Refusals (429) are audited too.
 */
export async function lookupResidents(deps: Deps, actor: Actor, input: LookupInput) {
  authorize(actor, 'resident:read');
  const kind = input.idNumber ? 'idNumber' : 'phone';
  const orgPath = actor.scope.paths[0] ?? null;
  try {
    await reserveAllowances(
      deps,
      [
        { key: `resident-lookup-user:${actor.userId}`, limit: LOOKUP_LIMITS.userPerHour, windowMs: HOUR_MS },
        { key: `resident-lookup-user:${actor.userId}`, limit: LOOKUP_LIMITS.userPerDay, windowMs: DAY_MS },
        { key: `resident-lookup-ip:${actor.ip}`, limit: LOOKUP_LIMITS.addressPerHour, windowMs: HOUR_MS },
        { key: `resident-lookup-ip:${actor.ip}`, limit: LOOKUP_LIMITS.addressPerDay, windowMs: DAY_MS },
      ],
      'LOOKUP_LIMITED',
    );
  } catch (e) {
    if (e instanceof AppError && e.code === 'LOOKUP_LIMITED')
      await recordAuditAlone(deps, auditWho(actor), {
        action: 'resident.lookup',
        subjectType: 'resident',
        orgPath,
        changes: { kind },
        result: 'denied',
      });
    throw e;
  }
  const ids = input.idNumber
    ? await repo.idsByBlindIndex(deps.db, 'id_no_bidx', deps.cipher.blindIndex('id_no', input.idNumber))
    : await repo.idsByBlindIndex(deps.db, 'phone_bidx', deps.cipher.blindIndex('phone', input.phone ?? ''));
  const rows = ids.length === 0 ? [] : (await repo.listResidents(deps.db, actor.scope, { ids }, 1, 50)).rows;
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'resident.lookup',
    subjectType: 'resident',
    subjectId: rows.length === 1 ? rows[0].id : null,
    orgPath: rows.length === 1 ? rows[0].grid_path : orgPath,
    changes: { kind, hits: rows.length },
  });
  return { items: rows.map((r) => toResidentView(actor, r)) };
}
