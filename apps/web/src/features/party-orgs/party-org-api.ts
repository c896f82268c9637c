import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { partyOrgCreateBody, partyOrgListView, partyOrgUpdateBody, partyOrgView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

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
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PartyOrgCreate) => api<PartyOrg>('/api/party-orgs', { json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdatePartyOrg(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PartyOrgUpdate) => api<PartyOrg>(`/api/party-orgs/${id}`, { method: 'PATCH', json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
