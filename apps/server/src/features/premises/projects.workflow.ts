import type { ProjectAction, ProjectStatus } from '@jishi/shared';

/**
 * Construction projects: planned ─start→ in_progress ─complete→ completed; planned or in progress ─cancel→ cancelled.
 * Only a completed project adds area (from its completion date).
 */
const TABLE: Record<ProjectStatus, Partial<Record<ProjectAction, ProjectStatus>>> = {
  planned: { start: 'in_progress', cancel: 'cancelled' },
  in_progress: { complete: 'completed', cancel: 'cancelled' },
  completed: {},
  cancelled: {},
};

export const projectTransition = (state: ProjectStatus, action: ProjectAction): ProjectStatus | null =>
  TABLE[state][action] ?? null;
