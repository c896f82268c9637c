import { useMutation, useQuery } from '@tanstack/react-query';
import type { RobotCreateBody, RobotListView, RobotUpdateBody, RobotView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

/** Every robot query: a change marks the list stale. */
const ROBOTS = ['robots'] as const;

/** GET /api/robots: the robots of the caller's units, and the reminder kinds a robot may receive. */
export const useRobots = () =>
  useQuery({ queryKey: ROBOTS, queryFn: ({ signal }) => api<RobotListView>('/api/robots', { signal }) });

/** POST /api/robots. */
export function useCreateRobot() {
  const invalidate = useInvalidate(ROBOTS);
  return useMutation({
    mutationFn: (body: RobotCreateBody) => api<RobotView>('/api/robots', { json: body }),
    onSuccess: invalidate,
  });
}

/** PUT /api/robots/:id (an absent webhook or secret keeps the stored one). */
export function useUpdateRobot(id: string) {
  const invalidate = useInvalidate(ROBOTS);
  return useMutation({
    mutationFn: (body: RobotUpdateBody) => api<RobotView>(`/api/robots/${id}`, { method: 'PUT', json: body }),
    onSuccess: invalidate,
  });
}

/** Enables or disables a robot, keeping everything else. */
export function useToggleRobot() {
  const invalidate = useInvalidate(ROBOTS);
  return useMutation({
    mutationFn: (r: RobotView) =>
      api<RobotView>(`/api/robots/${r.id}`, {
        method: 'PUT',
        json: { name: r.name, kinds: r.kinds, enabled: !r.enabled } satisfies RobotUpdateBody,
      }),
    onSuccess: invalidate,
  });
}

/** DELETE /api/robots/:id. */
export function useDeleteRobot() {
  const invalidate = useInvalidate(ROBOTS);
  return useMutation({
    mutationFn: (id: string) => api(`/api/robots/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** POST /api/robots/:id/test: queues a test post (the next delivery pass sends it). */
export const useTestRobot = () =>
  useMutation({ mutationFn: (id: string) => api(`/api/robots/${id}/test`, { method: 'POST', json: {} }) });
