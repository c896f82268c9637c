import type { CaseLevel } from '@jishi/shared';
import { LEVEL_DEPTH } from './cases.workflow.ts';
import { depthOf } from '../../platform/org-scope.ts';

/**
 * Who handles a case at its level: someone whose scope covers the case's grid from that level or
 * above. A grid worker handles grid-level cases of their grid; once escalated to the community, the
 * community's staff (or the subdistrict's) take over, and the grid worker only reads.
 */
export function handlesAt(scopePaths: readonly string[], gridPath: string, level: CaseLevel): boolean {
  return scopePaths.some((p) => gridPath.startsWith(p) && depthOf(p) <= LEVEL_DEPTH[level]);
}

/** The actor reaches the grid from above it (community or subdistrict staff), not only as one of its own workers. */
export const aboveGrid = (scopePaths: readonly string[], gridPath: string): boolean =>
  scopePaths.some((p) => gridPath.startsWith(p) && depthOf(p) < LEVEL_DEPTH.grid);

export type AssignRefusal = 'outside_grid' | 'leader_only';

/**
 * Whom a case's handler may assign it to: never anyone outside its grid. Staff above the grid assign anyone holding
 * a post in the grid or responsible for it from above; the grid's leader (网格长) anyone holding a post in the grid;
 * any other grid worker only themselves.
 */
export function assignRefusal(
  who: { actorId: string; aboveGrid: boolean; leadsGrid: boolean },
  to: { id: string; holdsPost: boolean; coversGrid: boolean },
): AssignRefusal | null {
  if (!to.holdsPost && !to.coversGrid) return 'outside_grid';
  if (who.aboveGrid || to.id === who.actorId) return null;
  if (!who.leadsGrid) return 'leader_only';
  return to.holdsPost ? null : 'outside_grid';
}
