import { z } from 'zod';
import { bookableRoomView, bookingActionBody, bookingBody, bookingListQuery, bookingView, zId } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { contentDisposition } from '../../platform/content-disposition.ts';
import {
  actOnBooking,
  bookableRooms,
  createBooking,
  getBooking,
  listBookings,
  listBookingsForStaff,
  roomCalendar,
} from './bookings.service.ts';

const idParams = z.object({ id: zId });

/** Room bookings: residents, teams, branches and providers book; the service centre approves; a public feed per room. */
export function bookingRoutes(app: App, deps: Deps): void {
  const book = { access: 'booking:create' } as const;
  app.get(
    '/api/bookings/rooms',
    { config: book, schema: { response: { 200: z.array(bookableRoomView) } } },
    async (req) => bookableRooms(deps, actorOf(req)),
  );
  app.get(
    '/api/bookings',
    { config: book, schema: { querystring: bookingListQuery, response: { 200: z.array(bookingView) } } },
    async (req) => listBookings(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/bookings',
    { config: book, schema: { body: bookingBody, response: { 200: bookingView } } },
    async (req) => createBooking(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/bookings/:id',
    { config: book, schema: { params: idParams, response: { 200: bookingView } } },
    async (req) => getBooking(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/bookings/:id/actions',
    { config: book, schema: { params: idParams, body: bookingActionBody, response: { 200: bookingView } } },
    async (req) => actOnBooking(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/services/bookings',
    {
      config: { access: 'service:read' },
      schema: { querystring: bookingListQuery, response: { 200: z.array(bookingView) } },
    },
    async (req) => listBookingsForStaff(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/public/rooms/:id/calendar.ics',
    { config: { access: 'public' }, schema: { params: idParams } },
    async (req, reply) => {
      const text = await roomCalendar(deps, req.params.id);
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', contentDisposition('inline', { name: 'room.ics' }));
      return text;
    },
  );
}
