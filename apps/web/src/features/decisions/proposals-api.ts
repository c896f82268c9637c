import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalCreateBody, proposalView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';
import { DECISIONS } from './decisions-api.ts';

export type Proposal = z.infer<typeof proposalView>;
export type ProposalCreate = z.input<typeof proposalCreateBody>;
export type ProposalStatus = Proposal['status'];

export interface ProposalFilters {
  unitId?: string;
  status?: ProposalStatus;
  page: number;
  pageSize: number;
}

const KEY = [...DECISIONS, 'proposals'] as const;

export function useProposals(filters: ProposalFilters) {
  return usePagedQuery<Proposal, ProposalFilters>(KEY, '/api/decisions/proposals', filters);
}

export function useCreateProposal() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: ProposalCreate) => api<Proposal>('/api/decisions/proposals', { json: body }),
    onSuccess: invalidate,
  });
}

export function useSupportProposal() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (id: string) => api<Proposal>(`/api/decisions/proposals/${id}/support`, { json: {} }),
    onSuccess: invalidate,
  });
}

export function useDeclineProposal() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<Proposal>(`/api/decisions/proposals/${id}/decline`, { json: { reason } }),
    onSuccess: invalidate,
  });
}
