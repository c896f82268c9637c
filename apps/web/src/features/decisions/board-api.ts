import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { publicBoardList, publicNoticeView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import type { Paged } from '../../lib/paged.ts';

export type Board = z.infer<typeof publicBoardList>['items'][number];
export type PublicNotice = z.infer<typeof publicNoticeView>;

/** The public boards need no session: these calls never redirect to the login page. */
export function useBoards() {
  return useQuery({
    queryKey: ['public', 'boards'],
    queryFn: ({ signal }) => api<{ items: Board[] }>('/api/public/boards', { signal, allowUnauthenticated: true }),
  });
}

export function useBoardNotices(unitId: string | undefined, page = 1) {
  return useQuery({
    queryKey: ['public', 'boards', unitId, page],
    queryFn: ({ signal }) =>
      api<Paged<PublicNotice>>(`/api/public/boards/${unitId}/notices`, {
        query: { page, pageSize: 20 },
        signal,
        allowUnauthenticated: true,
      }),
    enabled: Boolean(unitId),
  });
}
