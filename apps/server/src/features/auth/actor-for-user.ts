import { ROLE_PERMISSIONS, type Lang, type Role } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { scopeForUnitPath } from './scope.ts';

/** The user fields an actor is made of. */
export interface ActorUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scopeUnitId: string;
  scopePath: string;
  partyBranchId: string | null | undefined;
}

/** The one way a user becomes an actor: permissions by role, scope by unit, a branch only for a branch secretary. */
export function actorForUser(u: ActorUser, origin: { ip: string; requestId: string; lang: Lang }): Actor {
  const role = u.role;
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role,
    permissions: new Set(ROLE_PERMISSIONS[role]),
    scope: scopeForUnitPath(u.scopePath),
    scopeUnitId: u.scopeUnitId,
    partyBranchId: role === 'branch_secretary' ? (u.partyBranchId ?? null) : null,
    ...origin,
  };
}
