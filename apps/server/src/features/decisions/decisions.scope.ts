import type { OrgScope } from '../../platform/org-scope.ts';
import { scopeCovers } from '../../platform/org-scope.ts';

/**
 * Configuration owned by a subdistrict (templates, meeting types, supervision roles) is seen by
 * everyone working inside it — the units above one's scope unit included — and by nobody else.
 */
export function seesConfigOf(scope: OrgScope, ownerPath: string): boolean {
  return scopeCovers(scope, ownerPath) || scope.paths.some((p) => p.startsWith(ownerPath));
}

/** Ids of the units on the way from the root down to (and including) each scope unit. */
export function ancestorIdsOf(paths: readonly string[]): string[] {
  return [...new Set(paths.flatMap((p) => p.split('/').filter(Boolean)))];
}

/** Ids on a path: '/s/c/' → ['s', 'c'] (a unit and its ancestors). */
export const idsOnPath = (path: string): string[] => path.split('/').filter(Boolean);
