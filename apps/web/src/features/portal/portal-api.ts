import { useQuery } from '@tanstack/react-query';
import type { PublicCommunityView, SessionView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

export type CommunityItem = Omit<PublicCommunityView, 'grids'>;

export const useCommunities = () =>
  useQuery({ queryKey: ['public', 'communities'], queryFn: ({ signal }) => api<CommunityItem[]>('/api/public/communities', { signal, allowUnauthenticated: true }) });

export const useCommunity = (id: string | undefined) =>
  useQuery({
    queryKey: ['public', 'communities', id],
    queryFn: ({ signal }) => api<PublicCommunityView>(`/api/public/communities/${id}`, { signal, allowUnauthenticated: true }),
    enabled: Boolean(id),
  });

export const passwordSignIn = (phone: string, password: string) =>
  api<SessionView>('/api/portal/auth/password', { method: 'POST', json: { phone, password }, allowUnauthenticated: true });

export const requestCode = (phone: string) =>
  api<{ sent: true; expiresInSeconds: number }>('/api/portal/auth/code', { method: 'POST', json: { phone }, allowUnauthenticated: true });

export const codeSignIn = (phone: string, code: string) =>
  api<SessionView>('/api/portal/auth/code/verify', { method: 'POST', json: { phone, code }, allowUnauthenticated: true });
