import type { CaseLevel } from '@jishi/shared';
import { LEVEL_DEPTH } from './cases.workflow.ts';
import { depthOf } from './grid.scope.ts';

/**
 * Who handles a case at its level: someone whose scope covers the case's grid from that level or
 * above. A grid worker handles grid-level cases of their grid; once escalated to the community, the
 * community's staff (or the subdistrict's) take over, and the grid worker only reads.
 */
export function handlesAt(scopePaths: readonly string[], gridPath: string, level: CaseLevel): boolean {
  return scopePaths.some((p) => gridPath.startsWith(p) && depthOf(p) <= LEVEL_DEPTH[level]);
}
