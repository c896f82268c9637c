import { useState } from 'react';
import type { PageParams } from './paged.ts';

/** Filter and page state of a paged list: changing a filter goes back to page 1. */
export function usePagedFilters<F extends PageParams>(initial: F) {
  const [filters, setFilters] = useState<F>(initial);
  const filter = (patch: Partial<Omit<F, keyof PageParams>>) => setFilters((f) => ({ ...f, ...patch, page: 1 }));
  const turnPage = (page: number, pageSize: number) => setFilters((f) => ({ ...f, page, pageSize }));
  return { filters, filter, turnPage };
}
