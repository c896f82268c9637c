import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { passwordChangeBody, totpEnableBody, totpSetupView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { SESSION_KEY } from '../auth/session.ts';

export type TotpSetup = z.infer<typeof totpSetupView>;

export function useChangePassword() {
  const invalidate = useInvalidate(SESSION_KEY);
  return useMutation({
    mutationFn: (body: z.input<typeof passwordChangeBody>) => api<unknown>('/api/auth/password', { json: body }),
    onSuccess: invalidate,
  });
}

/** The secret is shown once and kept only in the component's state. */
export function useTotpSetup() {
  return useMutation({ mutationFn: () => api<TotpSetup>('/api/auth/totp/setup', { method: 'POST' }), gcTime: 0 });
}

export function useTotpEnable() {
  const invalidate = useInvalidate(SESSION_KEY);
  return useMutation({
    mutationFn: (body: z.input<typeof totpEnableBody>) => api<unknown>('/api/auth/totp/enable', { json: body }),
    onSuccess: invalidate,
  });
}
