import { useQuery } from '@tanstack/react-query';
import type { TodoCountsView, TodoListView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

/** Every to-do query: invalidated together when work is done anywhere in the console. */
export const TODOS = ['todos'] as const;

/** Counts and lists are polled every minute and refreshed when the window regains focus. */
const LIVE = { refetchInterval: 60_000, refetchOnWindowFocus: true, staleTime: 15_000 } as const;

/** The most urgent items a page loads at once (the API's page size limit). */
export const TODO_PAGE = 200;

/** GET /api/todos: the signed-in user's items, most urgent first, with per-kind counts. */
export const useTodos = (kind?: string) =>
  useQuery({
    queryKey: [...TODOS, 'list', kind ?? null],
    queryFn: ({ signal }) => api<TodoListView>('/api/todos', { query: { kind, pageSize: TODO_PAGE }, signal }),
    ...LIVE,
  });

/** GET /api/todos/counts: the header badge and the menu counts (silent: a badge never raises an error message). */
export const useTodoCounts = (enabled = true) =>
  useQuery({
    queryKey: [...TODOS, 'counts'],
    queryFn: ({ signal }) => api<TodoCountsView>('/api/todos/counts', { signal }),
    enabled,
    meta: { silent: true },
    ...LIVE,
  });
