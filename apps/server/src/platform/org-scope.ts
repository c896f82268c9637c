declare const scopeBrand: unique symbol;

/**
 * The territory subtrees an actor may see, as materialized-path prefixes.
 * Only the auth feature mints one (a test enforces it); every list, search and aggregate query takes one.
 */
export type OrgScope = { readonly paths: readonly string[] } & { readonly [scopeBrand]: true };

export function mintOrgScope(paths: readonly string[]): OrgScope {
  return { paths: [...paths] } as unknown as OrgScope;
}

export function scopeCovers(scope: OrgScope, path: string): boolean {
  return scope.paths.some((p) => path.startsWith(p));
}

// ---- Materialized paths ('/subdistrict/community/grid/'): the one copy of the helpers ----

/** Unit ids on a path, root first ('/s/c/g/' → ['s', 'c', 'g']): a unit and its ancestors. */
export const idsOnPath = (path: string): string[] => path.split('/').filter(Boolean);

/** The subdistrict id on a path ('/s/c/g/' → 's'); '' for the root path. */
export const subdistrictIdOf = (path: string): string => idsOnPath(path)[0] ?? '';

/** Path depth: subdistrict 1, community 2, grid 3. */
export const depthOf = (path: string): number => idsOnPath(path).length;

/** Ids of the units on the way from the root down to (and including) each scope unit. */
export const ancestorIdsOf = (paths: readonly string[]): string[] => [...new Set(paths.flatMap(idsOnPath))];

/**
 * Something owned by the unit at `ownerPath` (a subdistrict's templates, catalogue or power list) is seen by everyone
 * working inside it, the units above one's scope unit included, and by nobody else.
 */
export const seesOwnedBy = (scope: OrgScope, ownerPath: string): boolean =>
  scopeCovers(scope, ownerPath) || scope.paths.some((p) => p.startsWith(ownerPath));
