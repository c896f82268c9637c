import { bookingsModule } from '@jishi/shared/modules/bookings';
import type { ServerModule } from '../../server-module.ts';
import { bookingRoutes } from './bookings.routes.ts';
import { seedBookings } from './bookings.seed.ts';
import { bookingTodoKinds } from './bookings.todos.ts';

export const bookingsServerModule: ServerModule = {
  manifest: bookingsModule,
  routes: [bookingRoutes],
  todos: bookingTodoKinds,
  seed: seedBookings,
};
