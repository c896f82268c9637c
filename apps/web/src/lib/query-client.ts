import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';
import { notifyError } from './notify.ts';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

/** 401s redirect to the login page (see api-client); everything else is shown as a message. */
function report(err: unknown, meta: { silent?: boolean } | undefined): void {
  if (meta?.silent) return;
  if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') return;
  notifyError(err);
}

function retry(count: number, err: unknown): boolean {
  if (err instanceof ApiError && err.status > 0 && err.status < 500) return false;
  return count < 1;
}

/**
 * The to-do queries (features/todos/todos-api.ts `TODOS`): any write in the console may finish or create work (a case
 * assigned, a booking approved), so every successful mutation refreshes the header badge, the menu counts and the
 * home page's list at once instead of at their next minute's poll.
 */
const TODO_QUERIES = ['todos'] as const;

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (err, query) => report(err, query.meta) }),
  mutationCache: new MutationCache({
    onError: (err, _v, _c, mutation) => report(err, mutation.meta),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: TODO_QUERIES });
    },
  }),
  defaultOptions: {
    queries: { retry, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
