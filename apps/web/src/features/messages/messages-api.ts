import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MessageListView, MessagePreferencesBody, MessagePreferencesView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

/** Every message query: a read marks all of them stale (the list and the header's unread count). */
export const MESSAGES = ['messages'] as const;

export interface MessageFilters {
  unread?: '1';
  page: number;
  pageSize: number;
}

/** GET /api/messages: the signed-in user's messages, newest first, with their unread total. */
export const useMessages = (filters: MessageFilters) =>
  useQuery({
    // Silent: without the messages API the page says so in place instead of raising an error message.
    meta: { silent: true },
    queryKey: [...MESSAGES, 'list', filters],
    queryFn: ({ signal }) => api<MessageListView>('/api/messages', { query: { ...filters }, signal }),
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });

/**
 * GET /api/messages/unread-count for the header badge: polled every minute and on focus; silent, so a server
 * without the route (or any failure) leaves the badge without a count instead of raising a message.
 */
export const useUnreadCount = () =>
  useQuery({
    queryKey: [...MESSAGES, 'unread'],
    queryFn: ({ signal }) => api<{ unread: number }>('/api/messages/unread-count', { signal }),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 15_000,
    meta: { silent: true },
  });

/** POST /api/messages/:id/read. */
export function useMarkRead() {
  const invalidate = useInvalidate(MESSAGES);
  return useMutation({
    mutationFn: (id: string) => api(`/api/messages/${id}/read`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

/** POST /api/messages/read-all. */
export function useMarkAllRead() {
  const invalidate = useInvalidate(MESSAGES);
  return useMutation({
    mutationFn: () => api('/api/messages/read-all', { method: 'POST' }),
    onSuccess: invalidate,
  });
}

const PREFERENCES = [...MESSAGES, 'preferences'] as const;

/** GET /api/messages/preferences: the reader's own choice of channels (SMS kinds, number masked, quiet hours). */
export const usePreferences = () =>
  useQuery({
    queryKey: PREFERENCES,
    queryFn: ({ signal }) => api<MessagePreferencesView>('/api/messages/preferences', { signal }),
    meta: { silent: true },
  });

/** PUT /api/messages/preferences; the answer is the new view. */
export function useSavePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MessagePreferencesBody) =>
      api<MessagePreferencesView>('/api/messages/preferences', { method: 'PUT', json: body }),
    onSuccess: (view) => qc.setQueryData(PREFERENCES, view),
  });
}
