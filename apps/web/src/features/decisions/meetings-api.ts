import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  catalogCreateBody,
  catalogView,
  followUpBody,
  meetingCreateBody,
  meetingListItem,
  meetingView,
  opinionBody,
} from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type MeetingItem = z.infer<typeof meetingListItem>;
export type Meeting = z.infer<typeof meetingView>;
export type CatalogItem = z.infer<typeof catalogView>;
export type FollowUp = z.input<typeof followUpBody>;
export type Opinion = z.input<typeof opinionBody>;
export type MeetingCreate = z.input<typeof meetingCreateBody>;
export type CatalogCreate = z.input<typeof catalogCreateBody>;

const KEY = ['meetings'] as const;

export function useMeetings(filters: { page: number; pageSize: number }) {
  return usePagedQuery<MeetingItem, { page: number; pageSize: number }>([...KEY, 'list'], '/api/meetings', filters);
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: ({ signal }) => api<Meeting>(`/api/meetings/${id}`, { signal }),
  });
}

export function useCatalog() {
  return useQuery({
    queryKey: [...KEY, 'catalog'],
    queryFn: ({ signal }) => api<{ items: CatalogItem[] }>('/api/meetings/catalog', { signal }),
  });
}

export function useCreateMeeting() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: MeetingCreate) => api<Meeting>('/api/meetings', { json: body }),
    onSuccess: invalidate,
  });
}

export function useCreateCatalogItem() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: CatalogCreate) => api<CatalogItem>('/api/meetings/catalog', { json: body }),
    onSuccess: invalidate,
  });
}

export function useAddFollowUp() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: ({ decisionId, body }: { decisionId: string; body: FollowUp }) =>
      api<Meeting>(`/api/meetings/decisions/${decisionId}/follow-ups`, { json: body }),
    onSuccess: invalidate,
  });
}

export function useAddOpinion(meetingId: string) {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: Opinion) => api<Meeting>(`/api/meetings/${meetingId}/opinions`, { json: body }),
    onSuccess: invalidate,
  });
}
