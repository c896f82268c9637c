import type { OrgScope } from '../../platform/org-scope.ts';
import { scopeCovers } from '../../platform/org-scope.ts';

/** The power list belongs to a subdistrict and is seen by everyone working inside it (and by nobody else). */
export function seesListOf(scope: OrgScope, ownerPath: string): boolean {
  return scopeCovers(scope, ownerPath) || scope.paths.some((p) => p.startsWith(ownerPath));
}

/** Ids of the units on the way from the root down to each scope unit (the owners whose lists the actor sees). */
export const ancestorIdsOf = (paths: readonly string[]): string[] => [
  ...new Set(paths.flatMap((p) => p.split('/').filter(Boolean))),
];

/** The subdistrict id on a materialized path ('/s/c/g/' → 's'). */
export const subdistrictOf = (path: string): string => path.split('/').filter(Boolean)[0] ?? '';
