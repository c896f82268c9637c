import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  oneTimePasswordView,
  userBranchOptionsView,
  userCreateBody,
  userCreatedView,
  userListView,
  userUpdateBody,
  userView,
} from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

export type User = z.infer<typeof userView>;
export type UserCreate = z.input<typeof userCreateBody>;
export type UserUpdate = z.input<typeof userUpdateBody>;

const KEY = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: KEY, queryFn: () => api<z.infer<typeof userListView>>('/api/users') });
}

export type CreatedUser = z.infer<typeof userCreatedView>;
export type OneTimePassword = z.infer<typeof oneTimePasswordView>;

/** The answer carries the new account's one-time password, shown once. */
export function useCreateUser(onCreated: (user: CreatedUser) => void) {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: UserCreate) => api<CreatedUser>('/api/users', { json: body }),
    onSuccess: (user) => {
      onCreated(user);
      return invalidate();
    },
    gcTime: 0,
  });
}

/** A forgotten password: a one-time password, shown once; the account must change it at its next sign-in. */
export function useResetPassword() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (id: string) => api<OneTimePassword>(`/api/users/${id}/password-reset`, { method: 'POST', json: {} }),
    onSuccess: invalidate,
    gcTime: 0,
  });
}

/** A lost authenticator: the account enrols again at its next sign-in. */
export function useResetSecondFactor() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (id: string) => api<User>(`/api/users/${id}/second-factor-reset`, { method: 'POST', json: {} }),
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
