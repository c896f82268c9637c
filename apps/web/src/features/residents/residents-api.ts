import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  exportBody,
  importResultView,
  lookupBody,
  ResidentView,
  residentCreateBody,
  residentUpdateBody,
  revealBody,
  revealView,
} from '@jishi/shared';
import { api, apiDownload } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type { ResidentView };
export type ResidentCreate = z.input<typeof residentCreateBody>;
export type ResidentUpdate = z.input<typeof residentUpdateBody>;
export type RevealBody = z.input<typeof revealBody>;
export type Revealed = z.infer<typeof revealView>;
export type ExportBody = z.input<typeof exportBody>;
export type LookupBody = z.input<typeof lookupBody>;
export type ResidentFlag = 'needy' | 'elderly' | 'disabled';

export interface ResidentFilters {
  q?: string;
  gridId?: string;
  flag?: ResidentFlag;
  page: number;
  pageSize: number;
}

const KEY = ['residents'] as const;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Filters go to the API only (never into the page URL): names and addresses are personal data. */
export function useResidents(filters: ResidentFilters) {
  return usePagedQuery<ResidentView, ResidentFilters>([...KEY, 'list'], '/api/residents', filters);
}

export function useCreateResident() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: ResidentCreate) => api<ResidentView>('/api/residents', { json: body }),
    onSuccess: invalidate,
  });
}

export function useUpdateResident(id: string) {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: ResidentUpdate) => api<ResidentView>(`/api/residents/${id}`, { method: 'PATCH', json: body }),
    onSuccess: invalidate,
  });
}

/** The answer lives only in the caller's component state; it is never cached. */
export function useRevealResident(id: string) {
  return useMutation({
    mutationFn: (body: RevealBody) => api<Revealed>(`/api/residents/${id}/reveal`, { json: body }),
    gcTime: 0,
  });
}

export function useLookupResident() {
  return useMutation({
    mutationFn: (body: LookupBody) => api<{ items: ResidentView[] }>('/api/residents/lookup', { json: body }),
    gcTime: 0,
  });
}

export function useImportResidents() {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (file: Blob) =>
      api<z.infer<typeof importResultView>>('/api/residents/import', {
        method: 'POST',
        body: file,
        contentType: XLSX_TYPE,
      }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function downloadTemplate() {
  return apiDownload('/api/residents/import-template');
}

export function useExportResidents() {
  return useMutation({
    mutationFn: (body: ExportBody) => apiDownload('/api/residents/export', { json: body }),
    gcTime: 0,
  });
}
