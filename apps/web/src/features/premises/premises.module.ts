import { premisesModule } from '@jishi/shared/modules/premises';
import { defineWebModule } from '../../app/web-module.ts';

/** The premises module's pages (manifest: packages/shared/src/modules/premises.ts). */
export const premisesWeb = defineWebModule(premisesModule, {
  console: [{ menu: 'services', page: () => import('./services-page.tsx').then((m) => m.ServicesPage) }],
  public: [
    // A community's public page needs no session.
    { menu: 'community', page: () => import('./community-page.tsx').then((m) => m.CommunityPage) },
    { path: '/community/:unitId', page: () => import('./community-page.tsx').then((m) => m.CommunityPage) },
  ],
});
