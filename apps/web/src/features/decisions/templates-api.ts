import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { periodCloseBody, periodView, templateCreateBody, templateView } from '@jishi/shared';
import { api } from '../../lib/api-client.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { DECISIONS } from './decisions-api.ts';

export type Template = z.infer<typeof templateView>;
export type TemplateCreate = z.input<typeof templateCreateBody>;
export type Period = z.infer<typeof periodView>;
export type PeriodClose = z.input<typeof periodCloseBody>;

const TEMPLATES = [...DECISIONS, 'templates'] as const;
const PERIODS = [...DECISIONS, 'periods'] as const;

export function useTemplates() {
  return useQuery({
    queryKey: TEMPLATES,
    queryFn: ({ signal }) => api<{ items: Template[] }>('/api/decisions/templates', { signal }),
  });
}

export function useCreateTemplate() {
  const invalidate = useInvalidate(TEMPLATES);
  return useMutation({
    mutationFn: (body: TemplateCreate) => api<Template>('/api/decisions/templates', { json: body }),
    onSuccess: invalidate,
  });
}

export function usePeriods() {
  return useQuery({
    queryKey: PERIODS,
    queryFn: ({ signal }) => api<{ items: Period[] }>('/api/decisions/periods', { signal }),
  });
}

export function useClosePeriod() {
  const invalidate = useInvalidate(PERIODS);
  return useMutation({
    mutationFn: (body: PeriodClose) => api<Period>('/api/decisions/periods', { json: body }),
    onSuccess: invalidate,
  });
}
