import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  alertActionBody,
  alertView,
  AlertStatus,
  auditHeadView,
  complaintActionBody,
  complaintListItem,
  complaintView,
  ComplaintStatus,
  DeviationKind,
  detectView,
} from '@jishi/shared';
import { api, apiDownload } from '../../lib/api-client.ts';
import type { QueryValue } from '../../lib/api-client.ts';
import { saveDownload } from '../../lib/download.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';
import { INTEGRITY } from './integrity-api.ts';

export type { AlertStatus, ComplaintStatus, DeviationKind };
export type AlertView = z.infer<typeof alertView>;
export type AlertAction = z.input<typeof alertActionBody>;
export type ComplaintListItem = z.infer<typeof complaintListItem>;
export type ComplaintView = z.infer<typeof complaintView>;
export type ComplaintAction = z.input<typeof complaintActionBody>;
export type AuditHead = z.infer<typeof auditHeadView>;

export interface AlertFilters {
  status?: AlertStatus;
  unitId?: string;
  kind?: DeviationKind;
  page: number;
  pageSize: number;
}
export interface ComplaintFilters {
  status?: ComplaintStatus;
  unitId?: string;
  page: number;
  pageSize: number;
}

/** Alerts live under the integrity key: exercise writes raise them. Complaints have their own key (inspectors only). */
const ALERTS = [...INTEGRITY, 'alerts'] as const;
const COMPLAINTS = ['complaints'] as const;

export function useAlerts(filters: AlertFilters) {
  return usePagedQuery<AlertView, AlertFilters>(ALERTS, '/api/integrity/alerts', filters);
}

export function useAlert(id: string | null) {
  return useQuery({
    queryKey: [...ALERTS, 'one', id],
    queryFn: ({ signal }) => api<AlertView>(`/api/integrity/alerts/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useAlertAction(id: string) {
  const invalidate = useInvalidate(ALERTS);
  return useMutation({
    mutationFn: (body: AlertAction) => api<AlertView>(`/api/integrity/alerts/${id}/actions`, { json: body }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useDetect() {
  const invalidate = useInvalidate(INTEGRITY);
  return useMutation({
    mutationFn: (unitId?: string) => api<z.infer<typeof detectView>>('/api/integrity/detect', { json: { unitId } }),
    onSuccess: invalidate,
  });
}

export function useComplaints(filters: ComplaintFilters) {
  return usePagedQuery<ComplaintListItem, ComplaintFilters>(COMPLAINTS, '/api/integrity/complaints', filters);
}

export function useComplaint(id: string | null) {
  return useQuery({
    queryKey: [...COMPLAINTS, 'one', id],
    queryFn: ({ signal }) => api<ComplaintView>(`/api/integrity/complaints/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useComplaintAction(id: string) {
  const invalidate = useInvalidate(COMPLAINTS);
  return useMutation({
    mutationFn: (body: ComplaintAction) =>
      api<ComplaintView>(`/api/integrity/complaints/${id}/actions`, { json: body }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

/** The head of the audit chain (seq, hash, time) to keep outside the system: an action, not cached data. */
export function useAuditHead() {
  return useMutation({ mutationFn: () => api<AuditHead>('/api/integrity/audit-head') });
}

/** Downloads an oversight export (.xlsx) through a blob; the filters go into the query string, nothing personal. */
export function useOversightExport() {
  return useMutation({
    mutationFn: async ({ file, query }: { file: 'exercises' | 'decisions'; query: Record<string, QueryValue> }) => {
      saveDownload(await apiDownload(`/api/integrity/oversight/${file}.xlsx`, { query }), `${file}.xlsx`);
    },
  });
}
