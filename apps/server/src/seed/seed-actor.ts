import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { actorForUser } from '../features/auth/actor-for-user.ts';

/** A seeded demo account acting through the services (e.g. the demo resident's own proposals), as its session would. */
export async function actorForSeededUser(deps: Deps, username: string): Promise<Actor | null> {
  const u = await deps.db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.scope_unit_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.scope_unit_id', 'u.party_branch_id', 'o.path'])
    .where('u.username', '=', username)
    .executeTakeFirst();
  if (!u) return null;
  return actorForUser(
    {
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      scopeUnitId: u.scope_unit_id,
      scopePath: u.path,
      partyBranchId: u.party_branch_id,
    },
    { ip: 'local', requestId: 'seed', lang: 'zh-CN' },
  );
}
