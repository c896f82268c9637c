import {
  emptyBody,
  messageListQuery,
  messageListView,
  messagePreferencesBody,
  messagePreferencesView,
  unreadCountView,
  zId,
} from '@jishi/shared';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import * as svc from './messages.service.ts';

/** The signed-in user's own messages and choice of channels: every signed-in user, each only their own. */
export function messagesRoutes(app: App, deps: Deps): void {
  const own = { access: 'authenticated' } as const;
  app.get(
    '/api/messages',
    { config: own, schema: { querystring: messageListQuery, response: { 200: messageListView } } },
    async (req) => svc.listMessages(deps, actorOf(req), req.query),
  );
  app.get('/api/messages/unread-count', { config: own, schema: { response: { 200: unreadCountView } } }, async (req) =>
    svc.unreadCount(deps, actorOf(req)),
  );
  app.post(
    '/api/messages/:id/read',
    { config: own, schema: { params: z.object({ id: zId }), body: emptyBody, response: { 200: unreadCountView } } },
    async (req) => svc.readMessage(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/messages/read-all',
    { config: own, schema: { body: emptyBody, response: { 200: unreadCountView } } },
    async (req) => svc.readAllMessages(deps, actorOf(req)),
  );
  app.get(
    '/api/messages/preferences',
    { config: own, schema: { response: { 200: messagePreferencesView } } },
    async (req) => svc.getPreferences(deps, actorOf(req)),
  );
  app.put(
    '/api/messages/preferences',
    { config: own, schema: { body: messagePreferencesBody, response: { 200: messagePreferencesView } } },
    async (req) => svc.setPreferences(deps, actorOf(req), req.body),
  );
}
