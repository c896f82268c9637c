import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { updateUser } from '../features/users/users.service.ts';

/** Links the demo branch secretary (`branch`, scope 秦江社区) to 秦江社区第一党支部, through the user service. */
export async function seedBranchSecretary(deps: Deps, actor: Actor): Promise<void> {
  const user = await deps.db.selectFrom('users').select('id').where('username', '=', 'branch').executeTakeFirst();
  const branch = await deps.db
    .selectFrom('party_orgs')
    .select('id')
    .where('kind', '=', 'branch')
    .where('name', '=', '秦江社区第一党支部')
    .executeTakeFirst();
  if (user && branch) await updateUser(deps, actor, user.id, { partyBranchId: branch.id });
}
