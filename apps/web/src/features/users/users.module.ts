import { usersModule } from '@jishi/shared/modules/users';
import { defineWebModule } from '../../app/web-module.ts';

/** The users module's pages (manifest: packages/shared/src/modules/users.ts). */
export const usersWeb = defineWebModule(usersModule, {
  console: [
    { menu: 'users', page: () => import('./users-page.tsx').then((m) => m.UsersPage) },
    {
      menu: 'account-proposals',
      page: () => import('./account-proposals-page.tsx').then((m) => m.AccountProposalsPage),
    },
  ],
});
