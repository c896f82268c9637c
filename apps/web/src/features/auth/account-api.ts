import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  passwordChangeBody,
  recoveryCodesView,
  secondFactorConfirmBody,
  totpEnableBody,
  totpSetupBody,
  totpSetupView,
} from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { SESSION_KEY } from './session.ts';

export type TotpSetup = z.infer<typeof totpSetupView>;
export type RecoveryCodes = z.infer<typeof recoveryCodesView>;
export type SecondFactorConfirm = z.input<typeof secondFactorConfirmBody>;

export function useChangePassword() {
  const invalidate = useInvalidate(SESSION_KEY);
  return useMutation({
    mutationFn: (body: z.input<typeof passwordChangeBody>) => api<unknown>('/api/auth/password', { json: body }),
    onSuccess: invalidate,
  });
}

/** The secret is shown once and kept only in the component's state (re-enrolling sends password and code). */
export function useTotpSetup() {
  return useMutation({
    mutationFn: (body: z.input<typeof totpSetupBody> = {}) => api<TotpSetup>('/api/auth/totp/setup', { json: body }),
    gcTime: 0,
  });
}

/**
 * Confirms the secret; the answer carries the recovery codes, shown once. The session is refreshed by the caller
 * once the codes have been seen (a limited session would otherwise leave the enrolment screen at once).
 */
export function useTotpEnable() {
  return useMutation({
    mutationFn: (body: z.input<typeof totpEnableBody>) => api<RecoveryCodes>('/api/auth/totp/enable', { json: body }),
    gcTime: 0,
  });
}

export function useTotpDisable() {
  const invalidate = useInvalidate(SESSION_KEY);
  return useMutation({
    mutationFn: (body: SecondFactorConfirm) => api<unknown>('/api/auth/totp/disable', { json: body }),
    onSuccess: invalidate,
  });
}

export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: (body: SecondFactorConfirm) => api<RecoveryCodes>('/api/auth/recovery-codes', { json: body }),
    gcTime: 0,
  });
}

/** Refreshes the session (e.g. after the recovery codes of a new enrolment have been seen). */
export const useRefreshSession = () => useInvalidate(SESSION_KEY);
