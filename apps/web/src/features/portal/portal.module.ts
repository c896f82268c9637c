import { portalModule } from '@jishi/shared/modules/portal';
import { defineWebModule } from '../../app/web-module.ts';

/** Every page in the portal's frame loads these (the frame shows proposals and services). */
export const PORTAL_STRINGS = ['portal', 'decisions', 'services'] as const;

/** The portal module's pages (manifest: packages/shared/src/modules/portal.ts). */
export const portalWeb = defineWebModule(portalModule, {
  strings: PORTAL_STRINGS,
  portal: [
    { menu: 'residents-portal', page: () => import('./portal-home-page.tsx').then((m) => m.PortalHomePage) },
    { path: '/portal/communities/:id', page: () => import('./community-page.tsx').then((m) => m.CommunityPage) },
    { path: '/portal/notices', page: () => import('./portal-notices-page.tsx').then((m) => m.PortalNoticesPage) },
    {
      path: '/portal/notices/:unitId',
      page: () => import('./portal-notices-page.tsx').then((m) => m.PortalNoticesPage),
    },
    { path: '/portal/login', page: () => import('./portal-login-page.tsx').then((m) => m.PortalLoginPage) },
  ],
});
