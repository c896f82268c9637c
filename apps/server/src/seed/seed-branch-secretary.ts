import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { updateUser } from '../features/users/users.service.ts';

/** Links the demo branch secretary (`branch`, scope 秦江社区) to the first of 秦江社区's Party branches, through the user service. */
export async function seedBranchSecretary(deps: Deps, actor: Actor): Promise<void> {
  const user = await deps.db.selectFrom('users').select('id').where('username', '=', 'branch').executeTakeFirst();
  const branch = await deps.db.selectFrom('party_orgs as b').innerJoin('org_units as t', 't.id', 'b.territory_id')
    .select('b.id').where('b.kind', '=', 'branch').where('t.name', '=', '秦江社区').orderBy('b.name').executeTakeFirst();
  if (user && branch) await updateUser(deps, actor, user.id, { partyBranchId: branch.id });
}
