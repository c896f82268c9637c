import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  disclosureBody,
  exerciseCloseBody,
  exerciseListItem,
  exerciseOpenBody,
  ExerciseView,
  PowerItemCreate,
  PowerItemView,
  rolloutBody,
  rolloutView,
  stepRecordBody,
} from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type { ExerciseView, PowerItemCreate, PowerItemView };
export type ExerciseListItem = z.infer<typeof exerciseListItem>;
export type Deviation = ExerciseListItem['deviations'][number];
export type RolloutUnit = z.infer<typeof rolloutView>['items'][number];
export type ExerciseOpen = z.input<typeof exerciseOpenBody>;
export type StepRecord = z.input<typeof stepRecordBody>;
export type ExerciseClose = z.input<typeof exerciseCloseBody>;
export type Disclosure = z.input<typeof disclosureBody>;
export type Rollout = z.input<typeof rolloutBody>;

export interface ExerciseFilters {
  unitId?: string;
  status?: 'open' | 'closed';
  itemCode?: string;
  deviating?: 'true' | 'false';
  page: number;
  pageSize: number;
}

/** The power list, its roll-out and exercises are invalidated together: an exercise write can raise alerts too. */
export const INTEGRITY = ['integrity'] as const;

export function usePowerItems(all = false) {
  return useQuery({
    queryKey: [...INTEGRITY, 'items', all],
    queryFn: ({ signal }) =>
      api<{ items: PowerItemView[] }>('/api/integrity/items', { query: { all: all ? 'true' : undefined }, signal }),
  });
}

export function usePowerItem(id: string) {
  return useQuery({
    queryKey: [...INTEGRITY, 'item', id],
    queryFn: ({ signal }) => api<PowerItemView>(`/api/integrity/items/${id}`, { signal }),
  });
}

export function useCreateItemVersion() {
  const invalidate = useInvalidate(INTEGRITY);
  return useMutation({
    mutationFn: (body: PowerItemCreate) => api<PowerItemView>('/api/integrity/items', { json: body }),
    onSuccess: invalidate,
  });
}

export function useRollout() {
  return useQuery({
    queryKey: [...INTEGRITY, 'rollout'],
    queryFn: ({ signal }) => api<{ items: RolloutUnit[] }>('/api/integrity/rollout', { signal }),
  });
}

export function useSetRollout() {
  const invalidate = useInvalidate(INTEGRITY);
  return useMutation({
    mutationFn: (body: Rollout) => api<{ items: RolloutUnit[] }>('/api/integrity/rollout', { json: body }),
    onSuccess: invalidate,
  });
}

export function useExercises(filters: ExerciseFilters) {
  return usePagedQuery<ExerciseListItem, ExerciseFilters>(
    [...INTEGRITY, 'exercises'],
    '/api/integrity/exercises',
    filters,
  );
}

export function useExercise(id: string) {
  return useQuery({
    queryKey: [...INTEGRITY, 'exercise', id],
    queryFn: ({ signal }) => api<ExerciseView>(`/api/integrity/exercises/${id}`, { signal }),
  });
}

export function useOpenExercise() {
  const invalidate = useInvalidate(INTEGRITY);
  return useMutation({
    mutationFn: (body: ExerciseOpen) => api<ExerciseView>('/api/integrity/exercises', { json: body }),
    onSuccess: invalidate,
  });
}

/** A write on one exercise; errors are shown by the form (meta.silent). */
function useExerciseWrite<B>(id: string, suffix: string) {
  const invalidate = useInvalidate(INTEGRITY);
  return useMutation({
    mutationFn: (body: B) => api<ExerciseView>(`/api/integrity/exercises/${id}${suffix}`, { json: body }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export const useRecordStep = (id: string) => useExerciseWrite<StepRecord>(id, '/steps');
export const useCloseExercise = (id: string) => useExerciseWrite<ExerciseClose>(id, '/close');
export const useDiscloseExercise = (id: string) => useExerciseWrite<Disclosure>(id, '/disclosure');
