import type { Deps } from '../src/deps.ts';

/** Links a branch-secretary test account to its Party branch directly (a fixture; the user administration has its own tests). */
export async function linkBranch(deps: Deps, userId: string, branchId: string): Promise<void> {
  await deps.db.updateTable('users').set({ party_branch_id: branchId }).where('id', '=', userId).execute();
}
