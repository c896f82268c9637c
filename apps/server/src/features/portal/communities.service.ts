import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './communities.repo.ts';

/** The portal's community pages (public, no sign-in). */
export const listPublicCommunities = (deps: Deps) => repo.openCommunities(deps.db);

export async function publicCommunity(deps: Deps, id: string) {
  const c = (await repo.openCommunities(deps.db)).find((u) => u.id === id);
  if (!c) throw new AppError('NOT_FOUND');
  return { ...c, grids: await repo.gridsOf(deps.db, c.id) };
}
