import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  caseActionBody,
  caseListItem,
  CaseView,
  ComplianceView,
  dailyRollupView,
  GridDashboardView as GridFiguresView,
  gridSettingsView,
  myDayView,
  postView,
  ReportView,
  sessionBody,
  staffList,
} from '@jishi/shared';
import { api, apiDownload } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { rememberPosts } from './outbox-store.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type { CaseView, ComplianceView, GridFiguresView, ReportView };
export type CaseListItem = z.infer<typeof caseListItem>;
export type MyDay = z.infer<typeof myDayView>;
export type PostView = z.infer<typeof postView>;
export type Staff = z.infer<typeof staffList>['items'][number];
export type CaseAction = z.input<typeof caseActionBody>;
export type SessionInput = z.input<typeof sessionBody>;
export type DailyRollup = z.infer<typeof dailyRollupView>;
export type GridSettings = z.infer<typeof gridSettingsView>;

/** Everything of the grid module is invalidated together: a report changes compliance, a case the dashboard. */
export const GRID = ['grid'] as const;

export interface CaseFilters {
  unitId?: string;
  status?: string;
  level?: string;
  category?: string;
  warning?: string;
  page: number;
  pageSize: number;
}

/** The caller's day; its posts are remembered on the device for an offline start of the drafts page. */
export const useMyDay = () =>
  useQuery({
    queryKey: [...GRID, 'my-day'],
    queryFn: async ({ signal }) => {
      const day = await api<MyDay>('/api/grid/my-day', { signal });
      rememberPosts(day.posts);
      return day;
    },
  });
export const useCompliance = (date?: string, unitId?: string) =>
  useQuery({
    queryKey: [...GRID, 'compliance', date, unitId],
    queryFn: ({ signal }) => api<ComplianceView>('/api/grid/compliance', { query: { date, unitId }, signal }),
  });
export const useCases = (filters: CaseFilters) =>
  usePagedQuery<CaseListItem, CaseFilters>([...GRID, 'cases'], '/api/grid/cases', filters);
export const useCase = (id: string) =>
  useQuery({
    queryKey: [...GRID, 'case', id],
    queryFn: ({ signal }) => api<CaseView>(`/api/grid/cases/${id}`, { signal }),
  });
export const useGridFigures = (q: { from?: string; to?: string; unitId?: string }) =>
  useQuery({
    queryKey: [...GRID, 'dashboard', q],
    queryFn: ({ signal }) => api<GridFiguresView>('/api/grid/dashboard', { query: q, signal }),
  });
export const useDailyRollup = (date?: string) =>
  useQuery({
    queryKey: [...GRID, 'rollup', date],
    queryFn: ({ signal }) => api<DailyRollup>('/api/grid/daily-rollup', { query: { date }, signal }),
  });
export const usePosts = (unitId?: string) =>
  useQuery({
    queryKey: [...GRID, 'posts', unitId],
    queryFn: ({ signal }) => api<{ items: PostView[] }>('/api/grid/posts', { query: { unitId }, signal }),
  });
export const useStaff = () =>
  useQuery({
    queryKey: [...GRID, 'staff'],
    queryFn: ({ signal }) => api<{ items: Staff[] }>('/api/grid/staff', { signal }),
  });
export const useGridSettings = () =>
  useQuery({
    queryKey: [...GRID, 'settings'],
    queryFn: ({ signal }) => api<GridSettings>('/api/grid/settings', { signal }),
  });

export function useCaseAction(id: string) {
  const invalidate = useInvalidate(GRID);
  return useMutation({
    mutationFn: (body: CaseAction) => api<CaseView>(`/api/grid/cases/${id}/actions`, { json: body }),
    onSuccess: invalidate,
  });
}
export function useRecordSession(id: string) {
  const invalidate = useInvalidate(GRID);
  return useMutation({
    mutationFn: (body: SessionInput) => api<CaseView>(`/api/grid/cases/${id}/sessions`, { json: body }),
    onSuccess: invalidate,
  });
}
export function useEscalateOverdue() {
  const invalidate = useInvalidate(GRID);
  return useMutation({
    mutationFn: () => api<{ checked: number; escalated: number }>('/api/grid/escalate-overdue', { method: 'POST' }),
    onSuccess: invalidate,
  });
}
export function useAssignPost() {
  const invalidate = useInvalidate(GRID);
  return useMutation({
    mutationFn: (body: { gridId: string; userId: string; post: string }) =>
      api<PostView>('/api/grid/posts', { json: body }),
    onSuccess: invalidate,
  });
}
export function useEndPost() {
  const invalidate = useInvalidate(GRID);
  return useMutation({
    mutationFn: (id: string) => api(`/api/grid/posts/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
export function useSaveSettings() {
  const invalidate = useInvalidate(GRID);
  return useMutation({
    mutationFn: (body: GridSettings) => api<GridSettings>('/api/grid/settings', { method: 'PUT', json: body }),
    onSuccess: invalidate,
  });
}
export const downloadGridFigures = (q: { from?: string; to?: string; unitId?: string }) =>
  apiDownload('/api/grid/dashboard.xlsx', { query: q });
