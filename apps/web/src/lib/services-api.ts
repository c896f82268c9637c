import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AllocationView,
  AreaStatsView,
  bookableRoomView,
  providerAccountView,
  BookingView,
  brandsView,
  CommunityPageView,
  FundTotalsView,
  PremisesView,
  ProjectView,
  ProviderView,
  publicCommunitiesView,
  receptionView,
  RequestListItem,
  RequestStatus,
  RequestView,
  ServiceCatalogView,
} from '@jishi/shared';
import { api } from './api-client.ts';
import { useInvalidate } from './use-invalidate.ts';

export type {
  AllocationView,
  AreaStatsView,
  BookingView,
  CommunityPageView,
  FundTotalsView,
  PremisesView,
  ProjectView,
  ProviderView,
  RequestListItem,
  RequestStatus,
  RequestView,
  ServiceCatalogView,
};
export type BookableRoom = z.infer<typeof bookableRoomView>;
export type BrandsView = z.infer<typeof brandsView>;
export type ReceptionView = z.infer<typeof receptionView>;
export type PublicCommunity = z.infer<typeof publicCommunitiesView>[number];
export type ProviderAccount = z.infer<typeof providerAccountView>;
interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Every services query hangs under one key: a write anywhere refreshes the console, portal and orders. */
export const SERVICES = ['services'] as const;
const q =
  <T>(path: string, query?: Record<string, string | number | undefined>) =>
  ({ signal }: { signal: AbortSignal }) =>
    api<T>(path, { query, signal });

export const usePremises = () =>
  useQuery({ queryKey: [...SERVICES, 'premises'], queryFn: q<PremisesView[]>('/api/services/premises') });
export const useAreaStats = (from: string, to: string) =>
  useQuery({
    queryKey: [...SERVICES, 'area', from, to],
    queryFn: q<AreaStatsView>('/api/services/area-stats', { from, to }),
  });
export const useProjects = () =>
  useQuery({ queryKey: [...SERVICES, 'projects'], queryFn: q<ProjectView[]>('/api/services/projects') });
export const useAllocations = (year?: number) =>
  useQuery({
    queryKey: [...SERVICES, 'allocations', year],
    queryFn: q<AllocationView[]>('/api/funds/allocations', { year }),
  });
export const useFundTotals = (year?: number) =>
  useQuery({ queryKey: [...SERVICES, 'fund-totals', year], queryFn: q<FundTotalsView>('/api/funds/totals', { year }) });
export const useCatalog = () =>
  useQuery({ queryKey: [...SERVICES, 'catalog'], queryFn: q<ServiceCatalogView[]>('/api/services/catalog') });
export const useProviders = () =>
  useQuery({ queryKey: [...SERVICES, 'providers'], queryFn: q<ProviderView[]>('/api/services/providers') });
/** Provider-role users in the caller's scope that act for no provider yet (for linking one to a provider). */
export const useAccountCandidates = (providerId: string) =>
  useQuery({
    queryKey: [...SERVICES, 'account-candidates', providerId],
    queryFn: q<{ items: ProviderAccount[] }>(`/api/services/providers/${providerId}/account-candidates`),
  });
export const useBrands = () =>
  useQuery({ queryKey: [...SERVICES, 'brands'], queryFn: q<BrandsView>('/api/services/brands') });
export const useReceptions = () =>
  useQuery({ queryKey: [...SERVICES, 'receptions'], queryFn: q<ReceptionView[]>('/api/services/receptions') });
export const useStaffBookings = (status?: string) =>
  useQuery({
    queryKey: [...SERVICES, 'staff-bookings', status],
    queryFn: q<BookingView[]>('/api/services/bookings', { status }),
  });
/** One booking (GET /api/bookings/:id; staff with service:read see any in scope in full). */
export const useBooking = (id: string | null) =>
  useQuery({
    queryKey: [...SERVICES, 'booking', id],
    queryFn: q<BookingView>(`/api/bookings/${id}`),
    enabled: Boolean(id),
  });
export const useStaffRequests = (status?: RequestStatus, page = 1) =>
  useQuery({
    queryKey: [...SERVICES, 'requests', status, page],
    queryFn: q<Paged<RequestListItem>>('/api/services/requests', { status, page, pageSize: 20 }),
  });
export const useStaffRequest = (id: string | null) =>
  useQuery({
    queryKey: [...SERVICES, 'request', id],
    queryFn: q<RequestView>(`/api/services/requests/${id}`),
    enabled: Boolean(id),
  });

export const usePortalServices = () =>
  useQuery({ queryKey: [...SERVICES, 'portal-services'], queryFn: q<ServiceCatalogView[]>('/api/portal/services') });
export const useMyRequests = () =>
  useQuery({
    queryKey: [...SERVICES, 'my-requests'],
    queryFn: q<Paged<RequestListItem>>('/api/portal/requests', { pageSize: 50 }),
  });
export const useMyRequest = (id: string | null) =>
  useQuery({
    queryKey: [...SERVICES, 'my-request', id],
    queryFn: q<RequestView>(`/api/portal/requests/${id}`),
    enabled: Boolean(id),
  });
export const useBookableRooms = () =>
  useQuery({ queryKey: [...SERVICES, 'rooms'], queryFn: q<BookableRoom[]>('/api/bookings/rooms') });
export const useBookings = (roomId?: string) =>
  useQuery({ queryKey: [...SERVICES, 'bookings', roomId], queryFn: q<BookingView[]>('/api/bookings', { roomId }) });
export const useProviderOrders = () =>
  useQuery({
    queryKey: [...SERVICES, 'orders'],
    queryFn: q<Paged<RequestListItem>>('/api/provider/orders', { pageSize: 50 }),
  });

export const usePublicCommunities = () =>
  useQuery({ queryKey: [...SERVICES, 'public'], queryFn: q<PublicCommunity[]>('/api/public/communities') });
export const useCommunityPage = (id: string | undefined) =>
  useQuery({
    queryKey: [...SERVICES, 'public', id],
    queryFn: q<CommunityPageView>(`/api/public/communities/${id}`),
    enabled: Boolean(id),
  });

/** A write under /api that refreshes every services query when it lands. */
export function useServicesWrite<B, R = unknown>(
  path: (b: B) => string,
  body: (b: B) => unknown = (b) => b,
  method: 'POST' | 'PATCH' | 'DELETE' = 'POST',
) {
  const invalidate = useInvalidate(SERVICES);
  return useMutation({ mutationFn: (b: B) => api<R>(path(b), { method, json: body(b) }), onSuccess: invalidate });
}

/** One photo per request body, sent as the image itself: to a resident's request, or to the photos path given (a brand's). */
export function useUploadPhoto(photosOf: (id: string) => string = (id) => `/api/portal/requests/${id}/photos`) {
  const invalidate = useInvalidate(SERVICES);
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => api(photosOf(id), { body: file, contentType: file.type }),
    onSuccess: invalidate,
  });
}

/** Fen → "¥1,234.50" (integer arithmetic; no float money). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}
