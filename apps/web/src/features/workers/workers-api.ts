import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { workerCreateBody, workerView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { usePagedQuery } from '../../lib/use-paged-query.ts';

export type Worker = z.infer<typeof workerView>;
export type WorkerCreate = z.input<typeof workerCreateBody>;

export interface WorkerFilters {
  unitId?: string;
  page: number;
  pageSize: number;
}

const KEY = ['workers'] as const;

export function useWorkers(filters: WorkerFilters) {
  return usePagedQuery<Worker, WorkerFilters>(KEY, '/api/workers', filters);
}

export function useCreateWorker() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerCreate) => api<Worker>('/api/workers', { json: body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: KEY });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
