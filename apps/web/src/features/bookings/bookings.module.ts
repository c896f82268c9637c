import { bookingsModule } from '@jishi/shared/modules/bookings';
import { defineWebModule } from '../../app/web-module.ts';

/** The bookings module's pages (manifest: packages/shared/src/modules/bookings.ts). */
export const bookingsWeb = defineWebModule(bookingsModule, {
  portal: [
    // Staff, branches and providers book rooms too: their menu leads into the portal's booking page.
    {
      menu: 'bookings',
      page: () => import('./portal-booking-page.tsx').then((m) => m.PortalBookingPage),
      signedIn: true,
    },
  ],
});
