import { maskMobile } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { PORTAL_ROLES } from '../auth/portal-login.service.ts';
import * as authRepo from '../auth/auth.repo.ts';
import * as phoneLinks from '../auth/portal-login.repo.ts';
import { unitPathOf } from '../territory/territory.service.ts';

/** Links a phone number to a resident-side account for portal sign-in (sealed, blind-indexed, masked); one phone per account. */
export async function setPortalPhone(deps: Deps, actor: Actor, userId: string, phone: string) {
  authorize(actor, 'user:write');
  const user = await authRepo.findUserById(deps.db, userId);
  const unitPath = user ? await unitPathOf(deps.db, user.scope_unit_id) : null;
  if (!user || !unitPath) throw new AppError('NOT_FOUND');
  assertInScope(actor, unitPath);
  if (!(PORTAL_ROLES as readonly string[]).includes(user.role)) throw new AppError('CONFLICT');
  const bidx = deps.cipher.blindIndex('phone', phone);
  const taken = await phoneLinks.findPhoneOwner(deps.db, bidx);
  if (taken && taken.user_id !== userId) throw new AppError('DUPLICATE');
  await deps.db.transaction().execute(async (trx) => {
    await phoneLinks.replacePhone(trx, {
      user_id: userId,
      phone_enc: deps.cipher.encrypt('phone', phone),
      phone_bidx: bidx,
      phone_mask: maskMobile(phone),
      created_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'portal.phone.set',
      subjectType: 'user',
      subjectId: userId,
      orgPath: unitPath,
      changes: { phone: maskMobile(phone) },
    });
  });
  return { ok: true as const };
}
