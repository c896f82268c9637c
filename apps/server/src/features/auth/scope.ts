import { mintOrgScope, type OrgScope } from '../../platform/org-scope.ts';

/** The only place an OrgScope is made: a user sees the subtree under their scope unit. */
export function scopeForUnitPath(path: string): OrgScope {
  return mintOrgScope([path]);
}

/** Narrows a scope to a subtree the actor can already see (drill-down); never widens it. */
export function scopeWithin(scope: OrgScope, path: string): OrgScope {
  return mintOrgScope(scope.paths.some((p) => path.startsWith(p)) ? [path] : []);
}
