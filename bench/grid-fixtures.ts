import type { Deps } from '../apps/server/src/deps.ts';
import { newId } from '../apps/server/src/platform/ids.ts';

/**
 * Grid workers holding the specialist post (专职网格员) of a grid each, inserted in bulk as fixtures (the benchmarks
 * measure what they do, not how accounts are made): one user and one post per entry, 250 per statement.
 */
export async function insertSpecialists(
  deps: Deps,
  workers: readonly { userId: string; gridId: string; n: number }[],
  prefix: string,
  now: string,
): Promise<void> {
  for (let start = 0; start < workers.length; start += 250) {
    const batch = workers.slice(start, start + 250);
    await deps.db
      .insertInto('users')
      .values(
        batch.map((w) => ({
          id: w.userId,
          username: `${prefix}-${w.userId}`,
          display_name: `专职网格员${w.n}`,
          password_hash: 'x',
          role: 'grid_worker' as const,
          scope_unit_id: w.gridId,
          totp_secret_enc: null,
          totp_enabled: 0,
          totp_last_step: null,
          disabled: 0,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await deps.db
      .insertInto('grid_posts')
      .values(
        batch.map((w) => ({
          id: newId(),
          grid_id: w.gridId,
          user_id: w.userId,
          post: 'specialist' as const,
          since: '2010-01-01',
          created_by: 'bench',
          created_at: now,
        })),
      )
      .execute();
  }
}
