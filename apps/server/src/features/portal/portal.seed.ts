import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { setPortalPhone } from './portal-accounts.service.ts';

/** The demo resident signs in on the portal with this phone number (and the demo password, or a code from the server log). */
export const DEMO_PORTAL_PHONE = '13800138000';

export async function seedPortal(deps: Deps, ctx: SeedContext): Promise<void> {
  const resident = await ctx.actorOf('resident');
  if (resident) await setPortalPhone(deps, ctx.system, resident.userId, DEMO_PORTAL_PHONE);
}
