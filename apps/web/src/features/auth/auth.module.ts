import { authModule } from '@jishi/shared/modules/auth';
import { defineWebModule } from '../../app/web-module.ts';

/** The auth module's pages (manifest: packages/shared/src/modules/auth.ts). */
export const authWeb = defineWebModule(authModule, {
  console: [{ menu: 'account', page: () => import('./account-page.tsx').then((m) => m.AccountPage) }],
  public: [{ path: '/login', page: () => import('./login-page.tsx').then((m) => m.LoginPage) }],
});
