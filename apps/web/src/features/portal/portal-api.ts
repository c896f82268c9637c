import type { SessionView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

export const passwordSignIn = (phone: string, password: string) =>
  api<SessionView>('/api/portal/auth/password', {
    method: 'POST',
    json: { phone, password },
    allowUnauthenticated: true,
  });

export const requestCode = (phone: string) =>
  api<{ sent: true; expiresInSeconds: number }>('/api/portal/auth/code', {
    method: 'POST',
    json: { phone },
    allowUnauthenticated: true,
  });

export const codeSignIn = (phone: string, code: string) =>
  api<SessionView>('/api/portal/auth/code/verify', {
    method: 'POST',
    json: { phone, code },
    allowUnauthenticated: true,
  });
