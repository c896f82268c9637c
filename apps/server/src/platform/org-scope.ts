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
