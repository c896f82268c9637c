import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { partyMemberCreateBody, partyMemberView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type PartyMember = z.infer<typeof partyMemberView>;
export type PartyMemberCreate = z.input<typeof partyMemberCreateBody>;

export interface MemberFilters {
  branchId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

const KEY = ['party-members'] as const;

export function usePartyMembers(filters: MemberFilters) {
  return usePagedQuery<PartyMember, MemberFilters>(KEY, '/api/party-members', filters);
}

export function useCreatePartyMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PartyMemberCreate) => api<PartyMember>('/api/party-members', { json: body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: KEY });
      void qc.invalidateQueries({ queryKey: ['party-orgs'] });
    },
  });
}
