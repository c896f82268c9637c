import { useQuery } from '@tanstack/react-query';
import type {
  IndicatorChildrenView,
  IndicatorDefView,
  IndicatorRankingView,
  IndicatorSeriesView,
  IndicatorValuesView,
} from '@jishi/shared';
import { api, apiDownload } from '../../lib/api-client.ts';
import { saveDownload } from '../../lib/download.ts';

export interface IndicatorFilter {
  unitId?: string;
  from?: string;
  to?: string;
  compare?: 'previous' | 'year' | 'none';
}

const q = (f: IndicatorFilter) => ({ unitId: f.unitId, from: f.from, to: f.to, compare: f.compare });

export const useCatalogue = () =>
  useQuery({
    queryKey: ['indicators', 'catalogue'],
    queryFn: ({ signal }) => api<IndicatorDefView[]>('/api/indicators/catalogue', { signal }),
    staleTime: Infinity,
  });

/** `refetchMs` keeps the big screen live. */
export const useIndicatorValues = (f: IndicatorFilter, refetchMs?: number) =>
  useQuery({
    queryKey: ['indicators', 'values', f],
    queryFn: ({ signal }) => api<IndicatorValuesView>('/api/indicators/values', { query: q(f), signal }),
    refetchInterval: refetchMs,
  });

export const useIndicatorChildren = (f: IndicatorFilter, refetchMs?: number) =>
  useQuery({
    queryKey: ['indicators', 'children', f],
    queryFn: ({ signal }) => api<IndicatorChildrenView>('/api/indicators/children', { query: q(f), signal }),
    refetchInterval: refetchMs,
  });

export const useIndicatorSeries = (code: string | undefined, f: IndicatorFilter, refetchMs?: number) =>
  useQuery({
    queryKey: ['indicators', 'series', code, f],
    queryFn: ({ signal }) => api<IndicatorSeriesView>(`/api/indicators/${code}/series`, { query: q(f), signal }),
    enabled: Boolean(code),
    refetchInterval: refetchMs,
  });

export const useIndicatorRanking = (code: string | undefined, f: IndicatorFilter, refetchMs?: number) =>
  useQuery({
    queryKey: ['indicators', 'ranking', code, f],
    queryFn: ({ signal }) => api<IndicatorRankingView>(`/api/indicators/${code}/ranking`, { query: q(f), signal }),
    enabled: Boolean(code),
    refetchInterval: refetchMs,
  });

export async function downloadIndicatorTable(f: IndicatorFilter): Promise<void> {
  saveDownload(await apiDownload('/api/indicators/export.xlsx', { query: q(f) }), 'indicators.xlsx');
}

export async function downloadAnnualReport(
  unitId: string | undefined,
  year: number,
  format: 'docx' | 'pdf',
): Promise<void> {
  saveDownload(
    await apiDownload('/api/indicators/annual-report', { query: { unitId, year, format } }),
    `annual-report-${year}.${format}`,
  );
}
