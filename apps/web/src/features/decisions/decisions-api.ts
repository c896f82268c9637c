import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  implementationBody,
  matterCreateBody,
  matterListItem,
  matterReviseBody,
  MatterStatus,
  MatterView,
  progressBody,
  ratingBody,
  stageMeetingBody,
  stageNoticeBody,
  withdrawBody,
} from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type { MatterStatus, MatterView };
export type MatterListItem = z.infer<typeof matterListItem>;
export type MatterRecord = MatterView['records'][number];
export type TemplateStage = MatterView['template']['stages'][number];
export type MatterCreate = z.input<typeof matterCreateBody>;
export type MatterRevise = z.input<typeof matterReviseBody>;
export type StageMeeting = z.input<typeof stageMeetingBody>;
export type StageNotice = z.input<typeof stageNoticeBody>;
export type Implementation = z.input<typeof implementationBody>;
export type ProgressNote = z.input<typeof progressBody>;
export type Rating = z.input<typeof ratingBody>;

export interface MatterFilters {
  unitId?: string;
  status?: MatterStatus;
  q?: string;
  page: number;
  pageSize: number;
}

/** Everything of the deliberation hall is invalidated together: a stage write changes lists, tallies and the board. */
export const DECISIONS = ['decisions'] as const;

export function useMatters(filters: MatterFilters) {
  return usePagedQuery<MatterListItem, MatterFilters>([...DECISIONS, 'matters'], '/api/decisions/matters', filters);
}

export function useMatter(id: string) {
  return useQuery({
    queryKey: [...DECISIONS, 'matter', id],
    queryFn: ({ signal }) => api<MatterView>(`/api/decisions/matters/${id}`, { signal }),
  });
}

export function useOpenMatter() {
  const invalidate = useInvalidate(DECISIONS);
  return useMutation({
    mutationFn: (body: MatterCreate) => api<MatterView>('/api/decisions/matters', { json: body }),
    onSuccess: invalidate,
  });
}

/** A write on one matter: POST/PATCH `suffix` and refresh the hall. Errors are shown by the caller (meta.silent). */
function useMatterWrite<B, R = MatterView>(id: string, suffix: string, method: 'POST' | 'PATCH' = 'POST') {
  const invalidate = useInvalidate(DECISIONS);
  return useMutation({
    mutationFn: (body: B) => api<R>(`/api/decisions/matters/${id}${suffix}`, { method, json: body }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export const useReviseMatter = (id: string) => useMatterWrite<MatterRevise>(id, '', 'PATCH');
export const useWithdrawMatter = (id: string) => useMatterWrite<z.input<typeof withdrawBody>>(id, '/withdraw');
export const useRecordMeeting = (id: string) => useMatterWrite<StageMeeting>(id, '/meetings');
export const usePublishNotice = (id: string) => useMatterWrite<StageNotice>(id, '/notices');
export const useSetImplementation = (id: string) => useMatterWrite<Implementation>(id, '/implementation', 'PATCH');
export const useAddProgress = (id: string) => useMatterWrite<ProgressNote>(id, '/progress');
export const useRateMatter = (id: string) => useMatterWrite<Rating, MatterView['rating']>(id, '/rating');
