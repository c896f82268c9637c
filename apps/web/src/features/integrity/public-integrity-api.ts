import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { complaintReceipt, complaintSubmitBody, complaintTrackView, publicPowerListView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

export type ComplaintSubmit = z.input<typeof complaintSubmitBody>;
export type ComplaintReceipt = z.infer<typeof complaintReceipt>;
export type ComplaintTrack = z.infer<typeof complaintTrackView>;
export type PublicPowerList = z.infer<typeof publicPowerListView>;
export type PublicPowerItem = PublicPowerList['items'][number];

/** Public calls: no session, never a redirect to the login page. Answers stay in memory only (no storage, no URL). */
export function useSubmitComplaint() {
  return useMutation({
    mutationFn: (body: ComplaintSubmit) =>
      api<ComplaintReceipt>('/api/public/complaints', { json: body, allowUnauthenticated: true }),
    meta: { silent: true },
  });
}

/** Following a complaint is a POST: the tracking code goes in the body, never into the URL. */
export function useTrackComplaint() {
  return useMutation({
    mutationFn: (code: string) =>
      api<ComplaintTrack>('/api/public/complaints/track', { json: { code }, allowUnauthenticated: true }),
    meta: { silent: true },
  });
}

export function usePublicPowerList(unitId: string | undefined) {
  return useQuery({
    queryKey: ['public', 'power-list', unitId],
    queryFn: ({ signal }) =>
      api<PublicPowerList>(`/api/public/power-list/${unitId}`, { signal, allowUnauthenticated: true }),
    enabled: Boolean(unitId),
  });
}
