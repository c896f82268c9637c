import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginBody, metaView, SessionView } from '@jishi/shared';
import { api, setCsrfToken } from '../../lib/api-client.ts';
import { adoptSession, SESSION_KEY } from './session.ts';

export type LoginBody = z.input<typeof loginBody>;
export type MetaView = z.infer<typeof metaView>;

export function useMeta() {
  return useQuery({
    queryKey: ['meta'],
    queryFn: () => api<MetaView>('/api/meta', { allowUnauthenticated: true }),
    staleTime: Infinity,
    meta: { silent: true },
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) =>
      adoptSession(await api<SessionView>('/api/auth/login', { json: body, allowUnauthenticated: true })),
    meta: { silent: true },
    onSuccess: (session) => {
      qc.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('/api/auth/logout', { method: 'POST', allowUnauthenticated: true }),
    meta: { silent: true },
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}
