import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import type { QueryValue } from './api-client.ts';
import type { Paged, PageParams } from './paged.ts';

/** Filters of a paged list: the page to show plus values sent as query parameters. */
export type PagedFilters<F> = PageParams & { [K in keyof F]: QueryValue };

/**
 * GET one page of `path`; the filters go into the query string and the query key (after `key`).
 * The previous page stays on screen while the next one loads.
 */
export function usePagedQuery<T, F extends PagedFilters<F>>(key: readonly unknown[], path: string, filters: F) {
  return useQuery({
    queryKey: [...key, filters],
    queryFn: ({ signal }) => api<Paged<T>>(path, { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}
