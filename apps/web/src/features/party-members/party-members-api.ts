import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { partyMemberCreateBody, partyMemberView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import type { Paged } from '../../lib/paged.ts';

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
  return useQuery({
    queryKey: [...KEY, filters],
    queryFn: ({ signal }) => api<Paged<PartyMember>>('/api/party-members', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
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
