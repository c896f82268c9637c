import { volunteeringModule } from '@jishi/shared/modules/volunteering';
import { defineWebModule } from '../../app/web-module.ts';

/** The volunteering module's pages (manifest: packages/shared/src/modules/volunteering.ts). */
export const volunteeringWeb = defineWebModule(volunteeringModule, {
  console: [
    { menu: 'volunteering', page: () => import('./volunteering-page.tsx').then((m) => m.VolunteeringPage) },
    { menu: 'my-volunteer', page: () => import('./my-volunteer-page.tsx').then((m) => m.MyVolunteerPage) },
  ],
  portal: [
    // Anyone reads the activities; volunteers sign up and see their own hours and certificates.
    { path: '/portal/volunteer', page: () => import('./portal-volunteer-page.tsx').then((m) => m.PortalVolunteerPage) },
    {
      path: '/portal/volunteer/mine',
      page: () => import('./portal-my-volunteer-page.tsx').then((m) => m.PortalMyVolunteerPage),
      signedIn: true,
    },
    {
      path: '/portal/volunteer/:unitId',
      page: () => import('./portal-volunteer-page.tsx').then((m) => m.PortalVolunteerPage),
    },
    // The certificate check needs no sign-in.
    {
      path: '/portal/certificates',
      page: () => import('./certificate-check-page.tsx').then((m) => m.CertificateCheckPage),
    },
  ],
  public: [{ path: '/certificates', redirect: '/portal/certificates' }],
});
