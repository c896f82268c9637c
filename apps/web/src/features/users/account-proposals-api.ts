import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  accountProposalBody,
  accountProposalDecisionView,
  accountProposalListView,
  accountProposalView,
  userListView,
} from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

export type AccountProposal = z.infer<typeof accountProposalView>;
export type AccountProposalBody = z.input<typeof accountProposalBody>;
export type AccountProposalDecision = z.infer<typeof accountProposalDecisionView>;

const KEY = ['account-proposals'] as const;

export function useAccountProposals() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => api<z.infer<typeof accountProposalListView>>('/api/account-proposals'),
  });
}

/** The administrator and inspector accounts in scope: what a proposal may name. */
export function useDualControlAccounts(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'accounts'],
    queryFn: () => api<z.infer<typeof userListView>>('/api/account-proposals/accounts'),
    enabled,
  });
}

export function usePropose() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: AccountProposalBody) => api<AccountProposal>('/api/account-proposals', { json: body }),
    onSuccess: invalidate,
  });
}

/** Approving applies the change; a created or reset account's one-time password comes back this once. */
export function useDecide() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'reject' }) =>
      api<AccountProposalDecision>(`/api/account-proposals/${id}/${decision}`, { method: 'POST', json: {} }),
    onSuccess: invalidate,
    gcTime: 0,
  });
}
