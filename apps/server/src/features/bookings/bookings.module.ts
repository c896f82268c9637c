import { bookingsModule } from '@jishi/shared/modules/bookings';
import type { ServerModule } from '../../server-module.ts';
import { bookingRoutes } from './bookings.routes.ts';

export const bookingsServerModule: ServerModule = { manifest: bookingsModule, routes: [bookingRoutes] };
