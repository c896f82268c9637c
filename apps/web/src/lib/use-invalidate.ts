import { useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

/**
 * A mutation's onSuccess that marks every query under `key` stale. It returns the refetch promise,
 * so the mutation settles once the fresh data is in.
 */
export function useInvalidate(key: QueryKey): () => Promise<void> {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: key });
}
