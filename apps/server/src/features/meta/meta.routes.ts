import { metaView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { App } from '../../platform/http-types.ts';
import { demoAccounts } from '../../seed/demo-accounts.ts';

/** Public facts for the sign-in page; demo accounts are listed only in demo mode. */
export function metaRoutes(app: App, deps: Deps): void {
  app.get('/api/meta', { config: { access: 'public' }, schema: { response: { 200: metaView } } }, async () => ({
    demo: deps.config.demo,
    secondFactor: deps.config.secondFactor,
    demoAccounts: deps.config.demo ? demoAccounts() : [],
  }));
}
