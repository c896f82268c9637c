import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dashboardView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

export type HomeFiguresView = z.infer<typeof dashboardView>;
export type CommunityRow = HomeFiguresView['perCommunity'][number];

export function useHomeFigures(at: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'home', at ?? 'today'],
    queryFn: () => api<HomeFiguresView>('/api/dashboard/home', { query: { at } }),
    enabled,
  });
}
