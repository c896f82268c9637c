import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditEntryView, auditVerifyView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type AuditEntry = z.infer<typeof auditEntryView>;
export type AuditVerify = z.infer<typeof auditVerifyView>;

export interface AuditFilters {
  action?: string;
  subjectId?: string;
  page: number;
  pageSize: number;
}

export function useAudit(filters: AuditFilters) {
  return usePagedQuery<AuditEntry, AuditFilters>(['audit'], '/api/audit', filters);
}

/** A verification is an action the user starts, not cached data. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api<AuditVerify>('/api/audit/verify') });
}
