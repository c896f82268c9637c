import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dashboardView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

export type DashboardView = z.infer<typeof dashboardView>;
export type CommunityRow = DashboardView['perCommunity'][number];

export function useHomeDashboard(at: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'home', at ?? 'today'],
    queryFn: () => api<DashboardView>('/api/dashboard/home', { query: { at } }),
    enabled,
  });
}
