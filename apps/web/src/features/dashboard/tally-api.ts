import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { tallyView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';

export type Tally = z.infer<typeof tallyView>;
export type TallyRow = Tally['perUnit'][number];

/** Problems solved (解决实际问题) per community and village in one calendar year. Shares the hall's key, so stage writes refresh it. */
export function useTally(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['decisions', 'tally', year],
    queryFn: ({ signal }) =>
      api<Tally>('/api/decisions/tally', { query: { from: `${year}-01-01`, to: `${year}-12-31` }, signal }),
    enabled,
  });
}
