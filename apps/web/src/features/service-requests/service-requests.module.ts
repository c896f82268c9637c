import { serviceRequestsModule } from '@jishi/shared/modules/service-requests';
import { defineWebModule } from '../../app/web-module.ts';

/** The service-requests module's pages (manifest: packages/shared/src/modules/service-requests.ts). */
export const serviceRequestsWeb = defineWebModule(serviceRequestsModule, {
  portal: [
    // Residents' own requests live in the portal only.
    {
      path: '/portal/requests',
      page: () => import('./portal-requests-page.tsx').then((m) => m.PortalRequestsPage),
      signedIn: true,
    },
  ],
});
