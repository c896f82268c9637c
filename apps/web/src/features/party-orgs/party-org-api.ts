import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { partyOrgCreateBody, partyOrgListView, partyOrgUpdateBody, partyOrgView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

export type PartyOrg = z.infer<typeof partyOrgView>;
export type PartyOrgCreate = z.input<typeof partyOrgCreateBody>;
export type PartyOrgUpdate = z.input<typeof partyOrgUpdateBody>;

const KEY = ['party-orgs'] as const;

export function usePartyOrgs(enabled = true) {
  return useQuery({
    queryKey: KEY,
    queryFn: () => api<z.infer<typeof partyOrgListView>>('/api/party-orgs'),
    enabled,
  });
}

export function useCreatePartyOrg() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: PartyOrgCreate) => api<PartyOrg>('/api/party-orgs', { json: body }),
    onSuccess: invalidate,
  });
}

export function useUpdatePartyOrg(id: string) {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: PartyOrgUpdate) => api<PartyOrg>(`/api/party-orgs/${id}`, { method: 'PATCH', json: body }),
    onSuccess: invalidate,
  });
}
