import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { setPortalPhone } from '../features/portal/portal-accounts.service.ts';

/** The demo resident signs in on the portal with this phone number (and the demo password, or a code from the server log). */
export const DEMO_PORTAL_PHONE = '13800138000';

export async function seedPortal(deps: Deps, actor: Actor): Promise<void> {
  const user = await deps.db.selectFrom('users').select('id').where('username', '=', 'resident').executeTakeFirst();
  if (user) await setPortalPhone(deps, actor, user.id, DEMO_PORTAL_PHONE);
}
