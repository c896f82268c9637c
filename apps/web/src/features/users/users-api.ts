import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { userBranchOptionsView, userCreateBody, userListView, userUpdateBody, userView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

export type User = z.infer<typeof userView>;
export type UserCreate = z.input<typeof userCreateBody>;
export type UserUpdate = z.input<typeof userUpdateBody>;

const KEY = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: KEY, queryFn: () => api<z.infer<typeof userListView>>('/api/users') });
}

export function useCreateUser() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: UserCreate) => api<User>('/api/users', { json: body }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UserUpdate }) =>
      api<User>(`/api/users/${id}`, { method: 'PATCH', json: body }),
    onSuccess: invalidate,
  });
}

/** The Party branches a branch secretary may be linked to (支部书记所在党支部). */
export function useBranchOptions(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'branch-options'],
    queryFn: () => api<z.infer<typeof userBranchOptionsView>>('/api/users/branch-options'),
    enabled,
  });
}
