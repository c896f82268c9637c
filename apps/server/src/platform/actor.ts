import type { Lang, Permission, Role } from '@jishi/shared';
import type { OrgScope } from './org-scope.ts';

/** Who is calling, as the auth layer established it. Services take it as their first argument. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  scope: OrgScope;
  scopeUnitId: string;
  /**
   * A branch secretary's own Party branch (支部), set by auth from the user's link; null when unlinked.
   * For a branch secretary, absent or null means no branch data at all (fail closed).
   */
  partyBranchId?: string | null;
  ip: string;
  requestId: string;
  lang: Lang;
}

/** The request-level origin of a write when no user is signed in (login, seed, CLI). */
export interface Origin {
  ip: string | null;
  requestId: string | null;
}
