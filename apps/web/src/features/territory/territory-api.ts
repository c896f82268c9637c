import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  buildingCreateBody,
  buildingView,
  householdCreateBody,
  householdView,
  mergeBody,
  parentAtView,
  unitCreateBody,
  unitHistoryView,
  unitListView,
  unitUpdateBody,
  UnitView,
} from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

export type { UnitView };
export type UnitList = z.infer<typeof unitListView>;
export type UnitCreate = z.input<typeof unitCreateBody>;
export type UnitUpdate = z.input<typeof unitUpdateBody>;
export type MergeBody = z.input<typeof mergeBody>;
export type UnitHistory = z.infer<typeof unitHistoryView>;
export type ParentAt = z.infer<typeof parentAtView>;
export type Building = z.infer<typeof buildingView>;
export type Household = z.infer<typeof householdView>;

const TERRITORY = ['territory'] as const;
const UNITS = ['territory', 'units'] as const;

export function useUnits(at?: string, enabled = true) {
  return useQuery({
    queryKey: [...UNITS, at ?? 'current'],
    queryFn: () => api<UnitList>('/api/territory/units', { query: { at } }),
    enabled,
  });
}

export function useCreateUnit() {
  const invalidate = useInvalidate(TERRITORY);
  return useMutation({
    mutationFn: (body: UnitCreate) => api<UnitView>('/api/territory/units', { json: body }),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit(id: string) {
  const invalidate = useInvalidate(TERRITORY);
  return useMutation({
    mutationFn: (body: UnitUpdate) => api<UnitView>(`/api/territory/units/${id}`, { method: 'PATCH', json: body }),
    onSuccess: invalidate,
  });
}

export function useMergeUnit(id: string) {
  const invalidate = useInvalidate(TERRITORY);
  return useMutation({
    mutationFn: (body: MergeBody) => api<unknown>(`/api/territory/units/${id}/merge`, { json: body }),
    onSuccess: invalidate,
  });
}

export function useUnitHistory(id: string) {
  return useQuery({
    queryKey: ['territory', 'history', id],
    queryFn: () => api<UnitHistory>(`/api/territory/units/${id}/history`),
  });
}

export function useParentAt(id: string, date: string | null) {
  return useQuery({
    queryKey: ['territory', 'parent-at', id, date],
    queryFn: () => api<ParentAt>(`/api/territory/units/${id}/parent-at`, { query: { date } }),
    enabled: date !== null,
  });
}

/** The contract gives no list schema for buildings/households; accept `{items}` or a bare array. */
function itemsOf<T>(body: { items: T[] } | T[]): T[] {
  return Array.isArray(body) ? body : body.items;
}

export function useBuildings(gridId: string) {
  return useQuery({
    queryKey: ['territory', 'buildings', gridId],
    queryFn: async () =>
      itemsOf(await api<{ items: Building[] } | Building[]>('/api/territory/buildings', { query: { gridId } })),
  });
}

export function useHouseholds(gridId: string) {
  return useQuery({
    queryKey: ['territory', 'households', gridId],
    queryFn: async () =>
      itemsOf(await api<{ items: Household[] } | Household[]>('/api/territory/households', { query: { gridId } })),
  });
}

export function useCreateBuilding() {
  const invalidate = useInvalidate(TERRITORY);
  return useMutation({
    mutationFn: (body: z.input<typeof buildingCreateBody>) => api<Building>('/api/territory/buildings', { json: body }),
    onSuccess: invalidate,
  });
}

export function useCreateHousehold() {
  const invalidate = useInvalidate(TERRITORY);
  return useMutation({
    mutationFn: (body: z.input<typeof householdCreateBody>) =>
      api<Household>('/api/territory/households', { json: body }),
    onSuccess: invalidate,
  });
}
