import { maskMobile } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { PORTAL_ROLES } from '../auth/portal-login.service.ts';
import * as authRepo from '../auth/auth.repo.ts';

/** Links a phone number to a resident-side account for portal sign-in (sealed, blind-indexed, masked); one phone per account. */
export async function setPortalPhone(deps: Deps, actor: Actor, userId: string, phone: string) {
  authorize(actor, 'user:write');
  const user = await authRepo.findUserById(deps.db, userId);
  const unit = user
    ? await deps.db.selectFrom('org_units').select('path').where('id', '=', user.scope_unit_id).executeTakeFirst()
    : undefined;
  if (!user || !unit) throw new AppError('NOT_FOUND');
  assertInScope(actor, unit.path);
  if (!(PORTAL_ROLES as readonly string[]).includes(user.role)) throw new AppError('CONFLICT');
  const bidx = deps.cipher.blindIndex('phone', phone);
  const taken = await deps.db
    .selectFrom('portal_phones')
    .select('user_id')
    .where('phone_bidx', '=', bidx)
    .executeTakeFirst();
  if (taken && taken.user_id !== userId) throw new AppError('DUPLICATE');
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('portal_phones').where('user_id', '=', userId).execute();
    await trx
      .insertInto('portal_phones')
      .values({
        user_id: userId,
        phone_enc: deps.cipher.encrypt('phone', phone),
        phone_bidx: bidx,
        phone_mask: maskMobile(phone),
        created_at: nowIsoOf(deps.clock),
      })
      .execute();
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'portal.phone.set',
      subjectType: 'user',
      subjectId: userId,
      orgPath: unit.path,
      changes: { phone: maskMobile(phone) },
    });
  });
  return { ok: true as const };
}
